import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { assignWaitingUser } from '../use-cases/assign-waiting-user';
import {
  deleteGroupMappingFor,
  loadSsoAdmin,
  saveGroupMappingFor,
  saveSsoSettingsFor,
} from '../use-cases/sso-admin';
import { SSO_CALLBACK_PATH } from './sso-sign-in';
import { described } from '../openapi/described';
import {
  GroupMappingInput,
  SsoSettingsInput,
  WaitingUserAssignment,
} from '../../core/staff/sso-settings-input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AdminSsoDeps = SessionDeps & { publicUrl: string };

/** Single sign-on settings, group mappings and waiting users: administrators of the whole municipality. */
export function adminSsoRoutes(deps: AdminSsoDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '16kb' });
  const redirectUri = `${deps.publicUrl}${SSO_CALLBACK_PATH}`;
  router.param('waitingId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`Nobody with id ${value} waits for a role`)),
  );

  router.get('/api/admin/sso', api, async (_req, res) => {
    const { settings, mappings, waiting } = await loadSsoAdmin(deps.db, staffOf(res));
    res.json({ redirectUri, settings, mappings, waiting });
  });
  router.put('/api/admin/sso', api, json, described({ body: SsoSettingsInput }), async (req, res) => {
    await saveSsoSettingsFor(deps, staffOf(res), req.body);
    const { settings } = await loadSsoAdmin(deps.db, staffOf(res));
    res.json({ redirectUri, settings });
  });
  router.put(
    '/api/admin/sso/mappings',
    api,
    json,
    described({ body: GroupMappingInput }),
    async (req, res) => {
      await saveGroupMappingFor(deps, staffOf(res), req.body);
      res.json({ mappings: (await loadSsoAdmin(deps.db, staffOf(res))).mappings });
    },
  );
  router.delete('/api/admin/sso/mappings/:groupKey', api, async (req, res) => {
    await deleteGroupMappingFor(deps, staffOf(res), req.params.groupKey as string);
    res.status(204).end();
  });
  router.post(
    '/api/admin/sso/waiting/:waitingId',
    api,
    json,
    described({ body: WaitingUserAssignment }),
    async (req, res) => {
      res
        .status(201)
        .json(await assignWaitingUser(deps, staffOf(res), req.params.waitingId as string, req.body));
    },
  );
  return router;
}
