/** Types of check-commit-msg.mjs (plain JavaScript so the hook runs on Node without a build). */
export declare const MAX_SUBJECT: number;
export declare function commitMessageProblems(message: string): string[];
