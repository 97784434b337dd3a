import { BadRequestException, ValidationError } from '@nestjs/common';

/** One rule an input broke: the field's path and the message naming the rule. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Turns class-validator's nested errors into one 400 whose message names every field and
 * rule, plus a machine-readable list. Unknown fields are reported as such.
 */
export function validationException(errors: ValidationError[]): BadRequestException {
  const problems = flatten(errors, '');

  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: problems.map((problem) => problem.message).join('; '),
    errors: problems,
  });
}

function flatten(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message:
        rule === 'whitelistValidation'
          ? `${field} is not a known field`
          : message.replace(new RegExp(`^${error.property}\\b`), field),
    }));

    return [...simplest(own), ...flatten(error.children ?? [], field)];
  });
}

/** One message per rule: a missing field is only reported as missing. */
function simplest(problems: FieldProblem[]): FieldProblem[] {
  const missing = problems.find((problem) => problem.message.endsWith(' is required'));
  if (missing) {
    return [missing];
  }

  return problems.filter(
    (problem, index) => problems.findIndex((other) => other.message === problem.message) === index,
  );
}
