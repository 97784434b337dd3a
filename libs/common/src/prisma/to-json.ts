import type { Prisma } from '@prisma/client';

/** A JSON-safe value (a job view, a step result) as Prisma's JSON input type. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
