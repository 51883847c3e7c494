/**
 * Starting points for the playground. The original guide's Dockerfile is kept exactly as that
 * guide assembles it (so readers can see what is wrong with it); the running example after each
 * step comes from the step pages themselves (see Playground.astro); the rest are here and are
 * tested to be clean.
 */
export const ORIGINAL_GUIDE = `FROM ubuntu:latest
RUN apt-get update && apt-get install -y python3-pip
COPY requirements.txt .
RUN pip install -r requirements.txt
CMD ["python", "main.py"]
`;

export const EXTRA_TEMPLATES: { id: string; label: { 'pt-BR': string; en: string }; text: string }[] = [
  {
    id: 'node',
    label: { 'pt-BR': 'Node.js (API com npm ci)', en: 'Node.js (API with npm ci)' },
    text: `# syntax=docker/dockerfile:1
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"]
CMD ["node", "server.js"]
`,
  },
  {
    id: 'go',
    label: { 'pt-BR': 'Go (multi-stage, distroless)', en: 'Go (multi-stage, distroless)' },
    text: `# syntax=docker/dockerfile:1
FROM golang:1.25-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
LABEL org.opencontainers.image.source="https://github.com/exemplo/app" \\
      org.opencontainers.image.licenses="MIT"
COPY --from=build /out/app /app
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app", "healthcheck"]
ENTRYPOINT ["/app"]
`,
  },
  {
    id: 'nginx',
    label: { 'pt-BR': 'nginx (site estático, sem root)', en: 'nginx (static site, non-root)' },
    text: `# syntax=docker/dockerfile:1
FROM nginxinc/nginx-unprivileged:1.29-alpine
LABEL org.opencontainers.image.title="site" \\
      org.opencontainers.image.licenses="MIT"
COPY --chown=101:101 nginx.conf /etc/nginx/conf.d/default.conf
COPY --chown=101:101 public/ /usr/share/nginx/html/
USER 101
EXPOSE 8080
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
`,
  },
];
