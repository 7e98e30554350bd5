/**
 * An error whose message is written for the person who ran the command ("No tracked figure named
 * …"). The interaction router shows its text as an ephemeral reply; any other error is a bug, and
 * only a reference to the log reaches the user.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
