// The reminders feed for calendar apps: GET /calendar.ics, today's plan and the coming dates as iCalendar.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarFeed } from '../services/calendar.js';
import type { RouteContext } from './context.js';
import { problemResponses } from './schemas.js';

const calendarQuery = z.object({
  alarm: z
    .string()
    .optional()
    .describe('the alarm time on the day, such as 08:30, or off for none (default 09:00)'),
  key: z
    .string()
    .max(200)
    .optional()
    .describe(
      'server mode: the feed key from POST /api/calendar-key (calendar apps send no cookies)',
    ),
});

/**
 * Open in embedded mode, which listens on 127.0.0.1 only, so calendar apps on this machine can
 * subscribe. In server mode the sign-in hook (sign-in.ts) reads `key` and picks the account.
 */
export function registerCalendarRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/calendar.ics',
    {
      schema: {
        tags: ['coach'],
        summary:
          "Reminders for a calendar app: today's plan, due follow-ups and keep-in-touch dates for the next 60 days",
        querystring: calendarQuery,
        response: {
          200: {
            description: 'An iCalendar (RFC 5545) feed of all-day, transparent events',
            content: { 'text/calendar': { schema: z.string() } },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const alarm = request.query.alarm;
      const body = await calendarFeed(ctx.deps(request), {
        baseUrl: baseUrlOf(request),
        ...(alarm === undefined ? {} : { alarm: alarm === 'off' ? false : alarm }),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="kith.ics"')
        .send(body);
    },
  );
}

/** The address the calendar app used; the local guard has already checked the Host header. */
function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
