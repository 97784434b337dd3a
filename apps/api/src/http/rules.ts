import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';

// Decorators that state each rule once, with a message naming the field and the rule, so every
// DTO reports bad input in the same words.

/** An integer in [min, max]. */
export function IntegerIn(min: number, max: number): PropertyDecorator {
  const message = `$property must be an integer in [${min}, ${max}]`;

  return combine(IsInt({ message }), Min(min, { message }), Max(max, { message }));
}

/** A finite number in [min, max]. */
export function NumberIn(min: number, max: number): PropertyDecorator {
  const message = `$property must be a number in [${min}, ${max}]`;

  return combine(
    IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}

/** One of a fixed list of names, matched case-insensitively and stored in its listed spelling. */
export function OneOf(names: readonly string[]): PropertyDecorator {
  const byLowerCase = new Map(names.map((name) => [name.toLowerCase(), name]));

  return combine(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (byLowerCase.get(value.toLowerCase()) ?? value) : value,
    ),
    IsIn([...names], { message: `$property must be one of ${names.join(', ')}` }),
  );
}

/** Query strings arrive as text: turn a decimal integer into a number, leave anything else. */
export function QueryInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value,
  );
}

function combine(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}
