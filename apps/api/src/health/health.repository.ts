import { Injectable } from '@nestjs/common';

import { PrismaService } from '@qdash/common';

@Injectable()
export class HealthRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A round trip to PostgreSQL. */
  async ping(): Promise<void> {
    await this.prisma.$queryRaw`SELECT 1`;
  }
}
