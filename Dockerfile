# syntax=docker/dockerfile:1
# Builds the Estaleiro site and serves it the way the guide recommends for production:
# multi-stage, pinned base images, non-root, health-checked, exec-form start.
# `npm test` lints this file with Estaleiro's own engine and expects zero findings.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN ASTRO_TELEMETRY_DISABLED=1 npm run build

FROM nginxinc/nginx-unprivileged:1.29-alpine
LABEL org.opencontainers.image.title="estaleiro" \
      org.opencontainers.image.description="Guia bilíngue para construir imagens Docker de produção, com playground e validador." \
      org.opencontainers.image.source="https://github.com/estaleiro/estaleiro" \
      org.opencontainers.image.licenses="MIT"
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
CMD ["nginx", "-g", "daemon off;"]
