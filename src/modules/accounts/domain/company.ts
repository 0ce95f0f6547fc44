export interface Company {
  workspaceId: string;
  id: string;
  name: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  industry: string | null;
  city: string | null;
  country: string | null;
  ownerId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface Contact {
  workspaceId: string;
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  companyId: string | null;
  ownerId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
