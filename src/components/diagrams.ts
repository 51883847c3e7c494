/**
 * The guide's diagrams: one SVG per language in public/diagrams/<name>.<lang>.svg.
 * `alt` is the full description a screen reader reads; `caption` is shown under the picture.
 */
export type DiagramLang = 'pt-BR' | 'en';
export interface DiagramText { alt: string; caption: string }
export interface DiagramInfo { width: number; height: number; text: Record<DiagramLang, DiagramText> }

export const diagrams: Record<string, DiagramInfo> = {
  'layers-cache': {
    width: 800,
    height: 580,
    text: {
      'pt-BR': {
        alt: 'Uma imagem Docker desenhada como uma pilha de camadas somente leitura, uma por instrução, de baixo para cima: FROM ubuntu:24.04 (as camadas da imagem base), RUN apt-get install python3 python3-venv, RUN python3 -m venv, COPY requirements.txt, RUN pip install e COPY . .; por cima fica a camada fina e gravável do contêiner, que não faz parte da imagem. No cenário mostrado só o código da aplicação mudou: as camadas até o RUN pip install, inclusive, são reutilizadas do cache, e o COPY . . e tudo acima dele é reconstruído. Uma nota explica que, se o requirements.txt mudar, o cache é invalidado a partir do COPY requirements.txt, e essa camada e todas as de cima são refeitas; por isso as dependências são copiadas antes do código.',
        caption: 'Só o código mudou: o build reaproveita as camadas até o pip install e refaz a partir do COPY . .',
      },
      en: {
        alt: 'A Docker image drawn as a stack of read-only layers, one per instruction, from the bottom up: FROM ubuntu:24.04 (the base image layers), RUN apt-get install python3 python3-venv, RUN python3 -m venv, COPY requirements.txt, RUN pip install and COPY . .; on top sits the thin writable container layer, which is not part of the image. In the scenario shown only the application source changed: the layers up to and including RUN pip install are reused from the cache, and COPY . . and everything above it is rebuilt. A note explains that if requirements.txt changes, the cache is invalidated from COPY requirements.txt, so that layer and every layer above it are rebuilt; that is why dependencies are copied before the code.',
        caption: 'Only the source changed: the build reuses the layers up to pip install and rebuilds from COPY . . up.',
      },
    },
  },
  'multi-stage': {
    width: 800,
    height: 450,
    text: {
      'pt-BR': {
        alt: 'Dois estágios de um Dockerfile. O estágio de build, FROM golang:1.25 AS build, tem o código-fonte, o compilador Go e as dependências, e o go build gera o binário /out/app; ele ocupa cerca de 900 MB. Uma seta rotulada COPY --from=build /out/app /app leva só o binário para o estágio final, FROM gcr.io/distroless/static-debian12:nonroot, que não tem shell nem compilador e ocupa cerca de 10 MB. Só o estágio final vira a imagem; o estágio de build é descartado. Os tamanhos são aproximados.',
        caption: 'O estágio de build compila; só o binário vai para a imagem final, bem menor.',
      },
      en: {
        alt: 'Two stages of a Dockerfile. The build stage, FROM golang:1.25 AS build, holds the source code, the Go compiler and the dependencies, and go build produces the binary /out/app; it takes about 900 MB. An arrow labelled COPY --from=build /out/app /app carries only the binary into the final stage, FROM gcr.io/distroless/static-debian12:nonroot, which has no shell and no compiler and takes about 10 MB. Only the final stage becomes the image; the build stage is discarded. Sizes are approximate.',
        caption: 'The build stage compiles; only the binary reaches the much smaller final image.',
      },
    },
  },
  'stop-sequence': {
    width: 800,
    height: 474,
    text: {
      'pt-BR': {
        alt: 'Linha do tempo do docker stop: no instante zero o Docker envia SIGTERM, ou o sinal definido em STOPSIGNAL, ao PID 1; segue um período de carência de 10 segundos por padrão (ajustável com docker stop -t ou docker run --stop-timeout) em que a aplicação termina as requisições e sai; aos 10 segundos, se o processo ainda estiver rodando, vem o SIGKILL. Abaixo, duas faixas comparam as formas do CMD. Na forma exec, CMD ["gunicorn", …], o gunicorn é o PID 1, recebe o SIGTERM e sai de forma limpa em cerca de 1 segundo, concluindo as requisições em andamento. Na forma shell, CMD gunicorn …, o PID 1 é /bin/sh -c, que não repassa o SIGTERM; o gunicorn continua rodando até ser morto pelo SIGKILL aos 10 segundos (código de saída 137) e as requisições em andamento se perdem.',
        caption: 'Na forma exec a aplicação recebe o SIGTERM e sai limpa; na forma shell ela só morre no SIGKILL.',
      },
      en: {
        alt: 'Timeline of docker stop: at time zero Docker sends SIGTERM, or the signal set by STOPSIGNAL, to PID 1; a grace period of 10 seconds by default follows (configurable with docker stop -t or docker run --stop-timeout) during which the app finishes its requests and exits; at 10 seconds, if the process is still running, SIGKILL is sent. Below, two lanes compare the forms of CMD. In exec form, CMD ["gunicorn", …], gunicorn is PID 1, receives SIGTERM and exits cleanly in about 1 second, completing in-flight requests. In shell form, CMD gunicorn …, PID 1 is /bin/sh -c, which does not forward SIGTERM; gunicorn keeps running until SIGKILL kills it at 10 seconds (exit code 137) and in-flight requests are lost.',
        caption: 'In exec form the app gets SIGTERM and exits cleanly; in shell form it only dies at SIGKILL.',
      },
    },
  },
  'ha-topology': {
    width: 800,
    height: 612,
    text: {
      'pt-BR': {
        alt: 'Os clientes falam com um balanceador de carga ou proxy reverso, que envia tráfego só às réplicas saudáveis de três contêineres da mesma imagem, meu-app:1.0.0, cada um com seu health check. As réplicas 1 e 2 estão healthy e recebem tráfego; a réplica 3 está unhealthy, fica fora da rotação, e o orquestrador a substitui (o Swarm troca tarefas unhealthy; o Kubernetes faz o mesmo com as próprias probes; o Compose sozinho só reinicia contêineres que saem). Todas as réplicas guardam o estado fora dos contêineres, num banco de dados ou volume. Uma legenda separa o que vem da imagem (health check, desligamento limpo, usuário não root, tag imutável) do que vem do runtime (reinícios automáticos, número de réplicas, atualizações graduais e balanceamento de carga).',
        caption: 'Réplicas iguais atrás de um balanceador; a que falha no health check sai da rotação e é substituída.',
      },
      en: {
        alt: 'Clients talk to a load balancer or reverse proxy, which sends traffic only to the healthy ones among three containers of the same image, meu-app:1.0.0, each with its own health check. Replicas 1 and 2 are healthy and receive traffic; replica 3 is unhealthy, out of rotation, and the orchestrator replaces it (Swarm replaces unhealthy tasks; Kubernetes does the same with its own probes; plain Compose only restarts containers that exit). All replicas keep their state outside the containers, in a database or volume. A legend separates what comes from the image (health check, clean shutdown, non-root user, immutable tag) from what comes from the runtime (automatic restarts, number of replicas, rolling updates and load balancing).',
        caption: 'Identical replicas behind a load balancer; the one failing its health check leaves rotation and is replaced.',
      },
    },
  },
  'attestation-index': {
    width: 800,
    height: 640,
    text: {
      'pt-BR': {
        alt: 'A tag ghcr.io/exemplo/meu-app:1.0.0 aponta para um índice de imagem (image index), cujo digest é o que se fixa, assina e implanta. O índice lista quatro manifestos. Dois são imagens que rodam: o manifesto linux/amd64 e o manifesto linux/arm64, cada um apontando para a configuração e as camadas da sua plataforma; é um desses que o docker pull baixa. Os outros dois são manifestos de atestado, com a plataforma unknown/unknown para nenhum runtime tentar rodá-los; cada um traz duas camadas em formato in-toto, o SBOM em SPDX e a proveniência SLSA, e uma anotação vnd.docker.reference.digest que aponta para o manifesto da plataforma que ele descreve. Setas tracejadas ligam cada manifesto de atestado ao manifesto descrito. Nota: o docker buildx imagetools inspect lê os atestados direto do registry, sem baixar as camadas da imagem.',
        caption: 'Os atestados são manifestos a mais no índice da imagem, um por plataforma, que o runtime nunca executa.',
      },
      en: {
        alt: 'The tag ghcr.io/exemplo/meu-app:1.0.0 points to an image index, whose digest is what you pin, sign and deploy. The index lists four manifests. Two are runnable images: the linux/amd64 manifest and the linux/arm64 manifest, each pointing to the config and layers for its platform; docker pull fetches one of these. The other two are attestation manifests, with platform unknown/unknown so that no runtime tries to run them; each holds two in-toto layers, the SPDX SBOM and the SLSA provenance, and a vnd.docker.reference.digest annotation that points to the platform manifest it describes. Dashed arrows link each attestation manifest to the manifest it describes. Note: docker buildx imagetools inspect reads the attestations straight from the registry, without downloading the image layers.',
        caption: 'Attestations are extra manifests in the image index, one per platform, that no runtime ever runs.',
      },
    },
  },
  'sign-verify': {
    width: 800,
    height: 560,
    text: {
      'pt-BR': {
        alt: 'O CI, à esquerda, faz três coisas: o build e o push da imagem com SBOM e proveniência, a varredura que falha o pipeline se houver vulnerabilidade crítica, e o cosign sign no digest. Para assinar sem chave, o cosign pede ao Fulcio, da Sigstore, um certificado de curta duração para a identidade OIDC do workflow, e registra a assinatura no Rekor, o registro público de transparência. O registry, no meio, guarda a imagem por digest, a assinatura e os atestados, lado a lado. No cluster, à direita, a admissão (policy-controller da Sigstore, Kyverno ou Ratify) verifica a assinatura antes de criar o Pod e confere a entrada no Rekor: se a imagem foi assinada pela identidade esperada, o Pod sobe; se não tem assinatura ou foi assinada por outra identidade, é recusado. Nota: com par de chaves ou com Notation, o Sigstore sai de cena; o CI assina com a chave privada, guardada de preferência num KMS, e o cluster confia na chave pública ou no certificado da trust store.',
        caption: 'O CI assina o digest; o registry guarda imagem, assinatura e atestados; a admissão do cluster verifica antes de rodar.',
      },
      en: {
        alt: 'CI, on the left, does three things: builds and pushes the image with SBOM and provenance, runs the scan that fails the pipeline on a critical vulnerability, and runs cosign sign on the digest. To sign without a key, cosign asks Sigstore\'s Fulcio for a short-lived certificate for the workflow\'s OIDC identity and records the signature in Rekor, the public transparency log. The registry, in the middle, stores the image by digest, the signature and the attestations side by side. In the cluster, on the right, admission control (Sigstore\'s policy-controller, Kyverno or Ratify) verifies the signature before creating the Pod and checks the Rekor entry: if the image was signed by the expected identity, the Pod starts; if it has no signature or was signed by another identity, it is rejected. Note: with a key pair or with Notation, Sigstore is out of the picture; CI signs with the private key, ideally held in a KMS, and the cluster trusts the public key or the certificate in its trust store.',
        caption: 'CI signs the digest; the registry keeps image, signature and attestations; cluster admission verifies before anything runs.',
      },
    },
  },
  'defence-layers': {
    width: 800,
    height: 560,
    text: {
      'pt-BR': {
        alt: 'Seis camadas aninhadas em volta de um contêiner, de fora para dentro. Host: daemon rootless ou userns-remap, para o root do contêiner não ser root no host. Limites de cgroup: --memory, --cpus e --pids-limit. seccomp e AppArmor: os perfis padrão ligados, nunca unconfined. Capabilities: --cap-drop ALL e --security-opt no-new-privileges. Sistema de arquivos: --read-only, com só /tmp (tmpfs) e /dev/shm graváveis. No centro fica o processo da aplicação, o gunicorn rodando como USER 10001, não root, que é onde um invasor começa; para chegar ao host ele precisa passar por todas as camadas.',
        caption: 'Cada camada é uma barreira a mais entre uma falha na aplicação e o host.',
      },
      en: {
        alt: 'Six nested layers around a container, from the outside in. Host: rootless daemon or userns-remap, so container root is not root on the host. cgroup limits: --memory, --cpus and --pids-limit. seccomp and AppArmor: the default profiles on, never unconfined. Capabilities: --cap-drop ALL and --security-opt no-new-privileges. Filesystem: --read-only, with only /tmp (tmpfs) and /dev/shm writable. At the centre sits the application process, gunicorn running as USER 10001, not root, which is where an attacker starts; to reach the host they must get through every layer.',
        caption: 'Each layer is one more barrier between a flaw in the application and the host.',
      },
    },
  },
  'cache-flow': {
    width: 800,
    height: 510,
    text: {
      'pt-BR': {
        alt: 'Duas execuções do CI lado a lado, ligadas por um cache externo embaixo. À esquerda, a execução N num runner descartável: FROM ubuntu:24.04, RUN apt-get, COPY requirements.txt, RUN pip install e COPY . . são todos executados; o cache mount /root/.cache/pip fica no runner, não é exportado e some com ele. Uma seta rotulada --cache-to type=gha,mode=max leva o cache de camadas para o cache externo: o cache do GitHub Actions (type=gha) ou uma tag no registry (type=registry, ref=…:buildcache). Uma seta rotulada --cache-from type=gha leva esse cache para a execução N+1, à direita, disparada pelo próximo push, em que só o código mudou: os quatro primeiros passos aparecem como CACHED, só o COPY . . é refeito, e o cache mount começa vazio de novo.',
        caption: 'O cache de camadas sai de uma execução e entra na seguinte; o cache mount fica no runner.',
      },
      en: {
        alt: 'Two CI runs side by side, linked by an external cache below. On the left, run N on a throwaway runner: FROM ubuntu:24.04, RUN apt-get, COPY requirements.txt, RUN pip install and COPY . . all run; the cache mount /root/.cache/pip stays on the runner, is not exported and is gone with it. An arrow labelled --cache-to type=gha,mode=max carries the layer cache to the external cache: the GitHub Actions cache (type=gha) or a tag in a registry (type=registry, ref=…:buildcache). An arrow labelled --cache-from type=gha carries that cache to run N+1 on the right, started by the next push, where only the code changed: the first four steps show as CACHED, only COPY . . is rebuilt, and the cache mount starts empty again.',
        caption: 'The layer cache leaves one run and enters the next; the cache mount stays on the runner.',
      },
    },
  },
};
