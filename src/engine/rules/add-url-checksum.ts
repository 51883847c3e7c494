import { Add } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';

export default defineRule({
  id: 'add-url-checksum',
  severity: 'warning',
  instructions: ['ADD'],
  refs: {},
  docs: {
    title: t('ADD de URL sem `--checksum`', 'ADD of a URL without `--checksum`'),
    description: t('`ADD` baixa um arquivo por http(s) sem `--checksum=sha256:…`.', '`ADD` downloads a file over http(s) without `--checksum=sha256:…`.'),
    rationale: t(
      'Sem checksum, o build confia no que o servidor devolver naquele dia: um arquivo trocado (por erro ou ataque) entra na imagem sem aviso, e dois builds do mesmo Dockerfile podem dar imagens diferentes. `--checksum` existe desde a sintaxe 1.6 do Dockerfile.',
      'Without a checksum the build trusts whatever the server returns that day: a swapped file (by mistake or attack) enters the image silently, and two builds of the same Dockerfile can differ. `--checksum` exists since Dockerfile syntax 1.6.'),
    howToFix: t('Acrescente `--checksum=sha256:<hash>` com o hash publicado pelo projeto (ou calculado com `sha256sum`).', 'Add `--checksum=sha256:<hash>` with the hash the project publishes (or one computed with `sha256sum`).'),
  },
  messages: {
    'pt-BR': { default: 'Download sem `--checksum`: o conteúdo de `{url}` pode mudar sem aviso.' },
    en: { default: 'Download without `--checksum`: the content of `{url}` can change without notice.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nADD https://example.com/tool-1.2.3.tar.gz /opt/\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /opt/\nUSER 10001\n',
      'FROM alpine:3.22\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (!(ins instanceof Add)) continue;
      if (ins.getFlags().some((f) => f.getName() === 'checksum')) continue;
      const args = ins.getArguments();
      for (const a of args.slice(0, -1)) {
        const v = a.getValue().replace(/^\[?"?|"?,?\]?$/g, '');
        if (!/^https?:\/\//i.test(v) || /\.git(#.*)?$/.test(v) || v.includes('.git#')) continue;
        const [start, end] = model.offsets(a);
        report({ start, end, instruction: ins, data: { url: v } });
      }
    }
  },
});
