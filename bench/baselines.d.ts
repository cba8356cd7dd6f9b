// The baseline libraries ship no types; the benchmark uses a small part of each.
declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}
declare module '@nlpjs/sentiment' {
  export class SentimentAnalyzer {
    constructor(settings: { container: unknown });
    process(input: { locale: string; text: string }): Promise<unknown>;
  }
}
declare module '@nlpjs/lang-pl' {
  export const LangPl: unknown;
}
declare module '@nlpjs/core' {
  export class Container {
    use(plugin: unknown): void;
  }
}
