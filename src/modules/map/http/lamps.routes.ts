import { z } from 'zod';
import { createLamp } from '../app/create-lamp.ts';
import { deleteLamp } from '../app/delete-lamp.ts';
import { drillIntoLamp } from '../app/drill-into-lamp.ts';
import { previewMetric } from '../app/preview-metric.ts';
import { readLampReadings } from '../app/read-lamp-readings.ts';
import { recordLampReading } from '../app/record-lamp-reading.ts';
import { updateLamp } from '../app/update-lamp.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import {
  presentDrilldown,
  presentLamp,
  presentMetricPreview,
  presentReading,
  presentReadings,
} from './presenters.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import {
  DrilldownQuery,
  DrilldownSchema,
  LampBody,
  LampPatchBody,
  LampSchema,
  MetricPreviewBody,
  MetricPreviewSchema,
  ReadingBody,
  ReadingParams,
  ReadingSchema,
  ReadingsQuery,
  ReadingsSchema,
} from './schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function lampsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/lamps',
    {
      schema: {
        operationId: 'createLamp',
        tags: ['map'],
        summary: 'Put a control lamp on a process group (manager, admin)',
        body: LampBody,
        response: { 201: LampSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const lamp = await runner.run(createLamp, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${lamp.version}"`).send(presentLamp(lamp));
    },
  );

  api.patch(
    '/lamps/:id',
    {
      schema: {
        operationId: 'updateLamp',
        tags: ['map'],
        summary: 'Edit a lamp: name, position, metric, thresholds',
        params: IdParams,
        body: LampPatchBody,
        response: { 200: LampSchema, ...problems(400, 401, 403, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const lamp = await runner.run(
        updateLamp,
        { ...request.body, lampId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentLamp(lamp));
    },
  );

  api.delete(
    '/lamps/:id',
    {
      schema: {
        operationId: 'deleteLamp',
        tags: ['map'],
        summary: 'Remove a lamp with its stored readings',
        params: IdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await runner.run(deleteLamp, { lampId: request.params.id }, actorOf(request));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/lamps/readings',
    {
      schema: {
        operationId: 'listLampReadings',
        tags: ['map'],
        summary: 'Weekly readings of every lamp of the active map',
        querystring: ReadingsQuery,
        response: { 200: ReadingsSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      presentReadings(await runner.run(readLampReadings, request.query, actorOf(request))),
  );

  api.get(
    '/lamps/:id/drilldown',
    {
      schema: {
        operationId: 'getLampDrilldown',
        tags: ['map'],
        summary:
          "What is behind a lamp's reading in a week: the deals, leads or activities counted",
        params: IdParams,
        querystring: DrilldownQuery,
        response: { 200: DrilldownSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const drill = await runner.run(
        drillIntoLamp,
        { lampId: request.params.id, week: request.query.week },
        actorOf(request),
      );
      return presentDrilldown(drill);
    },
  );

  api.put(
    '/lamps/:id/readings/:week',
    {
      schema: {
        operationId: 'recordLampReading',
        tags: ['map'],
        summary: "Enter a manual lamp's value for a week by hand (null clears it)",
        params: ReadingParams,
        body: ReadingBody,
        response: { 200: ReadingSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentReading(
        await runner.run(
          recordLampReading,
          { lampId: request.params.id, week: request.params.week, value: request.body.value },
          actorOf(request),
        ),
      ),
  );

  api.post(
    '/metrics/preview',
    {
      schema: {
        operationId: 'previewMetric',
        tags: ['map'],
        summary: 'What a metric would read over the last 13 weeks (the metric builder preview)',
        body: MetricPreviewBody,
        response: { 200: MetricPreviewSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request) =>
      presentMetricPreview(await runner.run(previewMetric, request.body, actorOf(request))),
  );
}
