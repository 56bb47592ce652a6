# One image for both processes: `npm run server` (default) and `npm run worker`.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies are included: tsx runs the TypeScript and tsc builds the browser code.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && chown -R node:node /app
USER node
EXPOSE 3000
# Node itself is PID 1 (tsx as its loader), so SIGTERM reaches the server and it drains: through
# npx and the tsx command the signal passes two parents, and tsx kills a child slow to answer it.
CMD ["node", "--import", "tsx", "main/server.ts"]
