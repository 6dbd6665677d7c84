import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import svgCaptcha from 'svg-captcha';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env.js';
import { Clock } from '../../common/clock.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { bool, decodeChangedRows, text } from '../../database/rows.js';

/** How long a picture code may be answered. */
export const CAPTCHA_TTL_MS = 5 * 60_000;
/** Capitals and digits that distortion does not confuse (no I, L, O, Z, 0, 1, 2). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXY3456789';
const LENGTH = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// svg-captcha's main export draws given text; its type declarations describe only the helpers.
const drawText = svgCaptcha as unknown as (text: string, options: Record<string, unknown>) => string;

/** What is stored of an answer: its hash, bound to the code's id; answers compare case-insensitively. */
export function captchaAnswerHash(id: string, answer: string): string {
  return createHash('sha256').update(`${id.toLowerCase()}:${answer.trim().toUpperCase()}`).digest('hex');
}

export interface Captcha {
  id: string;
  /** The picture as a `data:` URL. */
  image: string;
}

/**
 * Picture codes (图形验证码) drawn on the server (svg-captcha: paths, no text in the SVG, no
 * native code). The answer's hash lives in PostgreSQL with an expiry, so any instance can check
 * it; a code is deleted by its first use, right or wrong.
 */
@Injectable()
export class CaptchaService {
  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
    private readonly rateLimit: RateLimitService,
  ) {}

  /**
   * The text and the picture of a new code. The text comes from the crypto generator (the
   * library's own uses Math.random, whose state the noise in its pictures could give away).
   */
  draw(): { text: string; svg: string } {
    const text = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    // Dark grey on a transparent ground (the library colours only with a background): legible on the white form.
    const svg = drawText(text, { width: 120, height: 40, fontSize: 46, noise: 3, color: false });
    return { text, svg };
  }

  async create(address: string): Promise<Captcha> {
    await this.rateLimit.consume(`captcha:${address}`, this.env.LOGIN_RATE_LIMIT_PER_MINUTE, 60);
    const now = this.clock.now();
    const { text, svg } = this.draw();
    const id = randomUUID();
    await this.db.query(
      `WITH expired AS (DELETE FROM captcha WHERE expires_at <= $4)
       INSERT INTO captcha (id, answer_hash, expires_at) VALUES ($1, $2, $3)`,
      [id, captchaAnswerHash(id, text), new Date(now.getTime() + CAPTCHA_TTL_MS), now],
    );
    return { id, image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /** Whether `answer` solves the code `id`; the code is used up either way. */
  async solve(id: string, answer: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const [row] = decodeChangedRows(
      await this.db.query(
        'DELETE FROM captcha WHERE id = $1 RETURNING answer_hash, expires_at > $2 AS fresh',
        [id, this.clock.now()],
      ),
      { answer_hash: text, fresh: bool },
    );
    if (!row?.fresh) return false;
    const expected = Buffer.from(row.answer_hash, 'hex');
    const given = Buffer.from(captchaAnswerHash(id, answer), 'hex');
    return timingSafeEqual(expected, given);
  }
}
