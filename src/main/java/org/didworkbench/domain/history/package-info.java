/**
 * Month over month: the summary figures of one submission ({@link org.didworkbench.domain.history.SubmissionFigures}),
 * the counts gathered while a file is read ({@link org.didworkbench.domain.history.ActivityTally}), which
 * earlier months a submission is compared with ({@link org.didworkbench.domain.history.EarlierMonths}) and the
 * comparison itself ({@link org.didworkbench.domain.history.MonthComparison}). Figures only: nothing here holds
 * a record, an NHS number, a birth date or a postcode.
 */
package org.didworkbench.domain.history;
