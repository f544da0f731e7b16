import { Controller, Get, NotFoundException, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/auth/public.decorator';
import { HttpErrorFilter } from '../../platform/http/http-error.filter';
import { CalendarFeedService } from './calendar-feed.service';

/** The iCalendar feed calendar apps poll; the secret token in the path is the credential. */
@Controller('calendar')
@UseFilters(HttpErrorFilter)
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':organizationId/:file')
  async feed(
    @Param('organizationId') organizationId: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) res: Response,
    @Query('lang') lang?: string,
  ): Promise<string> {
    // The language the link was made in (`?lang=es`); anything else reads in English.
    const body = await this.feeds.render(organizationId, file, lang === 'es' ? 'es' : 'en');
    if (body === null) throw new NotFoundException();
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return body;
  }
}
