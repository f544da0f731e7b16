import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';

export interface HealthReport {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

@Controller('health')
export class HealthController {
  constructor(private readonly database: TypeOrmHealthIndicator) {}

  /** 200 only when the database answers, 503 otherwise: what a load balancer needs. */
  @Public()
  @Get()
  @HttpCode(200)
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    // Terminus 11 reports a failed ping as a 'down' result rather than throwing.
    const result = await this.database
      .pingCheck('database', { timeout: 2_000 })
      .catch(() => ({ database: { status: 'down' } }));
    if (result.database?.status === 'up') return { status: 'ok', database: 'up' };
    res.status(503);
    return { status: 'error', database: 'down' };
  }
}
