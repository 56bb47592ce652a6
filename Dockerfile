# Målbar's production image: one image for both processes, `node --import tsx main/server.ts`
# (the default) and `node --import tsx main/worker.ts` (docker-compose.yml's worker).
#
# Stage 1 builds the browser code with the dev tools (TypeScript, Vite); stage 2 has only the
# production dependencies (`npm ci --omit=dev`: tsx runs the TypeScript, no compiler, linter or test
# tools), Chromium for the PDF reports, and runs as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 CHROMIUM_PATH=/usr/bin/chromium
# Chromium prints the follow-up reports as PDF (playwright-core drives the system's browser).
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY core ./core
COPY db ./db
COPY jobs ./jobs
COPY main ./main
# The demo municipality's seed (`npm run demo:seed`, and `npm start`'s embedded default).
COPY scripts/seed-demo.ts ./scripts/seed-demo.ts
COPY scripts/demo ./scripts/demo
COPY server ./server
COPY worker ./worker
COPY survey-definitions ./survey-definitions
COPY web ./web
COPY tsconfig.json ./
USER node
EXPOSE 3000
# Probes: docker-compose.yml and Kubernetes ask the server's /healthz and /readyz (README, Operations).
# Node itself is PID 1 (tsx as its loader), so SIGTERM reaches the server and it drains: through
# npx and the tsx command the signal passes two parents, and tsx kills a child slow to answer it.
CMD ["node", "--max-semi-space-size=32", "--import", "tsx", "main/server.ts"]
