import type { BoardMessages } from './responsibility-board.messages';

export const messages: BoardMessages = {
  open: 'Print the responsibility boards',
  title: 'Post responsibility board',
  hint: (count) =>
    `${count} board(s), one per sheet. Print on A4 or A3, portrait: choose the paper in the print dialog after pressing Print.`,
  print: 'Print',
  back: 'Back to the agency profile',
  post: 'Post',
  officer: 'Officer on duty',
  certificate: 'Credential no.',
  category: 'Enforcement category',
  area: 'Enforcement area',
  duties: 'Duties of the post',
  contacts: 'Progress, enquiries and complaints',
  hours: 'hours',
  note: 'Staff wear their credentials and act in the open. To report a failure of duty or misconduct, call the numbers above.',
  blank: '________',
};
