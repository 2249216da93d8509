# The API image for docker compose. Neo4j runs in its own service (NEO4J_URI is set there), so no
# JDK or Maven is needed here. The build stage, with the development dependencies, builds the pages
# with Vite and compiles the server with tsc; the image keeps only their output, the production
# dependencies and the data files the server reads, and runs plain JavaScript: no TypeScript
# loader at run time. tests/integration/image.int.test.ts replays the second stage from this file.
FROM node:26-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.config.ts ./
COPY web ./web
COPY docs/examples ./docs/examples
COPY src ./src
COPY seed ./seed
RUN npm run build && npm run build:server

# The official image's slim variant: Debian, node and npm, a `node` user (uid 1000); no curl or
# wget, so the health check asks /ready with node itself.
FROM node:26-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY .env ./
COPY schema ./schema
# Each kind of claim's SDL fragment sits in its folder (src/claimKinds/<kind>/schema.graphql).
COPY src/claimKinds ./src/claimKinds
COPY seed/articles ./seed/articles
COPY seed/annotations ./seed/annotations
COPY docs/examples ./docs/examples
COPY --from=build /build/dist ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/src/server/main.js"]
