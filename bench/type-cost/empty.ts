// Baseline for `npm run type-cost`: the same compiler settings, nothing imported.
export {};
