package nl.samenwerkingskaart.initiatives.web.console;

import java.util.List;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;

/**
 * What the personal-data page shows after a POST to {@link PersonalDataServlet}, handed to the page as a request
 * attribute (the e-mail address never travels in a URL, so it stays out of browser history and access logs).
 *
 * @param step where the researcher is
 * @param email the address as typed (shown again in the field)
 * @param submissions the person's submissions; empty for {@link Step#SEARCH} and {@link Step#ERASED}
 * @param error the text key of what is wrong with the address; null when nothing is
 * @param erased how many submissions were just erased ({@link Step#ERASED})
 */
public record PersonalDataView(Step step, String email, List<StoredSubmission> submissions, String error,
        int erased) {

    public enum Step {
        /** The empty form, or the form again with an error. */
        SEARCH,
        /** The person's submissions, with export and erase. */
        RESULTS,
        /** The question before erasing. */
        CONFIRM,
        /** Done: how many were erased. */
        ERASED
    }

    public PersonalDataView {
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
    }

    static PersonalDataView invalid(String typed, String error) {
        return new PersonalDataView(Step.SEARCH, typed, List.of(), error, 0);
    }
}
