/** One problem with a form: shown in the summary, and beside the field it names (its id). */
export interface FormError {
  field?: string;
  message: string;
}
