// InputError: a value the user gave (an action input, a go.mod line, a download index) is wrong.
// Its message names the input and the value and says what to give instead. It sits on the ground
// floor so that go/, cache/ and ci/ throw the same error without reaching into each other.
export class InputError extends Error {
  override name = 'InputError';
}
