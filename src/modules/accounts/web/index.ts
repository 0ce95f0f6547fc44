export { CompanyName } from './companies/company-name.tsx';
export { CompanyPicker } from './companies/company-picker.tsx';
export { contactListQuery, contactQuery } from './contacts/contacts-api.ts';
export { accountsWeb } from './routes.tsx';
