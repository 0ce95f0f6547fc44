/** An open deal as the forecast weighs it. */
export interface ForecastDeal {
  dealId: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  stageId: string;
  stageName: string;
  probability: number;
  value: number | null;
  expectedCloseDate: string | null;
}

export interface WeightedDeal extends ForecastDeal {
  weighted: number;
  /** `YYYY-MM` of the expected close date; null when there is none. */
  month: string | null;
  /** Expected to close before today and still open. */
  pastDue: boolean;
}

export interface Bucket {
  count: number;
  value: number;
  weighted: number;
}

export interface MonthBucket extends Bucket {
  month: string | null;
}

export interface Forecast {
  total: Bucket & { pastDue: number };
  months: MonthBucket[];
  owners: (Bucket & {
    ownerId: string | null;
    ownerName: string | null;
    pastDue: number;
    months: MonthBucket[];
  })[];
  deals: WeightedDeal[];
}

const money = (n: number) => Math.round(n * 100) / 100;

function bucket(deals: readonly WeightedDeal[]): Bucket {
  return {
    count: deals.length,
    value: money(deals.reduce((s, d) => s + (d.value ?? 0), 0)),
    weighted: money(deals.reduce((s, d) => s + d.weighted, 0)),
  };
}

/** Months in order, undated last. */
function byMonth(deals: readonly WeightedDeal[]): MonthBucket[] {
  const months = [...new Set(deals.map((d) => d.month))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return months.map((month) => ({ month, ...bucket(deals.filter((d) => d.month === month)) }));
}

/** Open pipeline weighted by stage probability, by expected close month and by owner. */
export function forecast(open: readonly ForecastDeal[], today: string): Forecast {
  const deals: WeightedDeal[] = open.map((d) => ({
    ...d,
    weighted: money(((d.value ?? 0) * d.probability) / 100),
    month: d.expectedCloseDate?.slice(0, 7) ?? null,
    pastDue: d.expectedCloseDate !== null && d.expectedCloseDate < today,
  }));
  const ownerIds = [...new Set(deals.map((d) => d.ownerId))];
  const owners = ownerIds
    .map((ownerId) => {
      const own = deals.filter((d) => d.ownerId === ownerId);
      return {
        ownerId,
        ownerName: own[0]!.ownerName,
        ...bucket(own),
        pastDue: own.filter((d) => d.pastDue).length,
        months: byMonth(own),
      };
    })
    .sort(
      (a, b) => b.weighted - a.weighted || (a.ownerName ?? '').localeCompare(b.ownerName ?? ''),
    );
  return {
    total: { ...bucket(deals), pastDue: deals.filter((d) => d.pastDue).length },
    months: byMonth(deals),
    owners,
    deals,
  };
}
