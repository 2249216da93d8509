# The API image for docker compose. Neo4j runs in its own service (NEO4J_URI is set there),
# so no JDK or Maven is needed here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY .env codegen.ts tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/server/main.ts"]
