import { StormwatchDB } from './schema';

/** The one database instance of an extension context (side panel, background, extension pages). */
export const db = new StormwatchDB();
