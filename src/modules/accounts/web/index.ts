export { contactQuery } from './api/contact-query.ts';
export { createCompany } from './api/create-company.ts';
export { CompanyName } from './companies/company-name.tsx';
export { CompanyPicker, type PickerProps } from './companies/company-picker.tsx';
export { ContactPicker } from './contacts/contact-picker.tsx';
export { companyKeys, contactKeys } from './keys.ts';
export { accountsWeb } from './routes.tsx';
