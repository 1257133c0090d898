# civicgraph API image: builds the TypeScript once, runs with production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY ingest ./ingest
COPY app ./app
COPY schema ./schema
COPY bin ./bin
COPY web ./web
COPY scripts ./scripts
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# The name-tagger models are data the extractor loads at run time (ingest, reextract, ingestRelease).
COPY --from=build /app/ingest/models ./ingest/models
COPY package.json ./
COPY bin ./bin
COPY schema ./schema
COPY samples ./samples
# The embedded store lives on a volume at /data when no Neo4j is configured.
RUN mkdir /data && chown node:node /data
ENV CIVICGRAPH_DATA=/data/civicgraph.db
USER node
EXPOSE 4000
CMD ["node", "bin/civicgraph.js", "serve", "--host", "0.0.0.0", "--create"]
