/** What the final image documents about itself: exposed ports and OCI labels. */
import { Label } from 'dockerfile-ast';
import { exposeSpecs } from '../instructions-helpers.ts';
import { chainBody } from '../model.ts';
import { defineCheck, instructionPage, t } from './define.ts';

export const expose = defineCheck<'expose'>({
  kind: 'expose',
  label: (s) => t(`A imagem documenta a porta ${s.port} com \`EXPOSE\``, `The image documents port ${s.port} with \`EXPOSE\``),
  page: () => instructionPage('expose'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    const body = final ? chainBody(final) : [];
    const ports = body.filter((i) => i.getKeyword() === 'EXPOSE').flatMap((i) => exposeSpecs(model, i))
      .flatMap((p) => p.numbers.filter((n) => n.role === 'container').map((n) => Number(n.text)));
    if (ports.includes(s.port)) return true;
    return t(`Nenhum \`EXPOSE\` do estágio final cita a porta ${s.port}.`, `No \`EXPOSE\` in the final stage mentions port ${s.port}.`);
  },
});

const DEFAULT_KEYS = ['title', 'source'];

export const ociLabels = defineCheck<'oci-labels'>({
  kind: 'oci-labels',
  label: (s) => {
    const keys = (s.keys ?? DEFAULT_KEYS).map((k) => `\`org.opencontainers.image.${k}\``).join(', ');
    return t(`A imagem final tem os labels ${keys}`, `The final image has the labels ${keys}`);
  },
  page: () => instructionPage('label'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    const names = new Set((final ? chainBody(final) : []).filter((i): i is Label => i instanceof Label)
      .flatMap((l) => l.getProperties().map((p) => p.getName().replace(/^["']|["']$/g, ''))));
    const missing = (s.keys ?? DEFAULT_KEYS).filter((k) => !names.has(`org.opencontainers.image.${k}`));
    if (missing.length === 0) return true;
    return t(`Faltam os labels: ${missing.map((k) => `\`org.opencontainers.image.${k}\``).join(', ')}.`, `Missing labels: ${missing.map((k) => `\`org.opencontainers.image.${k}\``).join(', ')}.`);
  },
});
