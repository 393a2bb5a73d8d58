import { type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { invalidRequest } from './problem.js';

const uuid = z.uuid();

/** A path parameter that must be a UUID: anything else is a 400 naming the parameter. */
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name = 'id') {}

  transform(value: string): string {
    if (!uuid.safeParse(value).success) throw invalidRequest([{ field: this.name, message: 'must be a UUID' }]);
    return value;
  }
}
