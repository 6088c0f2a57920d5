import type { MuralStats } from './types';

export class RequestStats {
  private data: MuralStats = RequestStats.empty();

  private static empty(): MuralStats {
    return { requests: 0, byRoute: {}, rateLimited: 0, failures: 0, lostAnswers: 0 };
  }

  request(routeKey: string): void {
    this.data.requests++;
    this.data.byRoute[routeKey] = (this.data.byRoute[routeKey] ?? 0) + 1;
  }

  rateLimited(): void {
    this.data.rateLimited++;
  }

  failed(): void {
    this.data.failures++;
  }

  lost(): void {
    this.data.lostAnswers++;
  }

  snapshot(): MuralStats {
    return { ...this.data, byRoute: { ...this.data.byRoute } };
  }

  reset(): void {
    this.data = RequestStats.empty();
  }
}
