# The portal image (SvelteKit adapter-node). Build context: the repository root.
# Node 24, the active long-term line; 20 and 22 are supported too (docs/adr/0012-node-runtimes.md).
ARG NODE_MAJOR=24
FROM node:${NODE_MAJOR}-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@continuum/portal

FROM node:${NODE_MAJOR}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/apps/portal/build ./build
COPY --from=build /app/apps/portal/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
USER node
EXPOSE 3000
CMD ["node", "build"]
