# The API image for docker compose. Neo4j runs in its own service (NEO4J_URI is set there),
# so no JDK or Maven is needed here. The playground and explorer pages are built in a first stage
# (Vite and the page libraries are development dependencies) and only their output is kept.
FROM node:20-bookworm-slim AS pages
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY vite.config.ts ./
COPY docs/examples ./docs/examples
COPY web ./web
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY .env codegen.ts tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY seed ./seed
COPY --from=pages /build/dist/web ./dist/web
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/server/main.ts"]
