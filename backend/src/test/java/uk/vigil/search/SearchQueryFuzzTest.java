package uk.vigil.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import uk.vigil.common.InvalidRequestException;

/**
 * Fuzz test of the search parser: whatever a user types, it is read or refused with a message
 * (InvalidRequestException), and every full-text query built from it parses, names no field,
 * and holds no regular expression, range or leading wildcard: user text never becomes Lucene
 * syntax. The default build replays the seeds in {@code SearchQueryFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class SearchQueryFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_text_is_read_or_refused_and_never_becomes_lucene_syntax(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        QueryText q;
        try {
            q = QueryText.parse(text);
        } catch (InvalidRequestException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        for (String lucene : built(q)) {
            assertSafe(lucene);
        }
    }

    static List<String> built(QueryText q) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {LuceneQuery.names(q.names(), false), LuceneQuery.names(q.names(), true),
                LuceneQuery.anyName(q.names()), LuceneQuery.variants(q.names()), LuceneQuery.identifiers(q.identifiers()),
                LuceneQuery.plates(q.plates()), LuceneQuery.phones(q.phones()), LuceneQuery.words(q.words()),
                LuceneQuery.address(q.words(), q.postcodes()), LuceneQuery.handles(q.handles(), q.words())}) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Parses as Neo4j would (the classic parser) and checks what the query may contain. */
    static void assertSafe(String lucene) {
        Query query;
        try {
            QueryParser parser = new QueryParser("f", new WhitespaceAnalyzer());
            parser.setAllowLeadingWildcard(true); // so a leading wildcard shows up below rather than as an error
            query = parser.parse(lucene);
        } catch (ParseException | RuntimeException e) {
            throw new AssertionError("built query does not parse: " + lucene, e);
        }
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                assertThat(field).as("field in " + lucene).isEqualTo("f");
                return true;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    assertThat(t.field()).as(lucene).isEqualTo("f");
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                assertThat(field).as(lucene).isEqualTo("f");
                assertThat(q).as("only fuzzy, prefix and wildcard multi-term queries: " + lucene)
                        .isInstanceOfAny(FuzzyQuery.class, PrefixQuery.class, WildcardQuery.class);
                if (q instanceof WildcardQuery w) {
                    String pattern = w.getTerm().text();
                    assertThat(pattern).as("no leading wildcard: " + lucene).doesNotStartWith("*").doesNotStartWith("?");
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }
}
