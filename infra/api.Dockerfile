# The API image. Build context: the repository root.
# Node 24, the active long-term line; 20 and 22 are supported too (docs/adr/0012-node-runtimes.md).
ARG NODE_MAJOR=24
FROM node:${NODE_MAJOR}-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@continuum/api \
  && npm prune --omit=dev

FROM node:${NODE_MAJOR}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
