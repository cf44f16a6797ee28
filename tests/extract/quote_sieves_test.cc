// The attribution sieves of quote extraction and the speaker resolution
// behind them, each on a short release written for the test.
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;
using testing::QuoteContaining;

constexpr char kLq[] = "\xE2\x80\x9C";  // “
constexpr char kRq[] = "\xE2\x80\x9D";  // ”
constexpr char kLs[] = "\xE2\x80\x98";  // ‘
constexpr char kRs[] = "\xE2\x80\x99";  // ’

std::string Q(absl::string_view words) { return std::string(kLq) + std::string(words) + kRq; }

TEST(QuoteSievesTest, NameTitleAndOrganizationBeforeTheQuote) {
  auto e = MustExtract("Statements from the partners\n\n"
                       "Dana Whitlow, Policy Director of the Open Wire Project, said, " +
                       Q("Encryption keeps every reporter and every source safe.") + "\n\n"
                       "Omar Reyes of Harbor Networks said " +
                       Q("We will switch on encryption for all of our users this year.") + "\n");
  const auto* q = QuoteContaining(e, "keeps every reporter");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Dana Whitlow");
  EXPECT_EQ(q->speaker().role(), "Policy Director");
  EXPECT_EQ(q->speaker().organization().name(), "Open Wire Project");
  EXPECT_GE(q->confidence(), 0.8);
  const auto* of = QuoteContaining(e, "switch on encryption");
  ASSERT_NE(of, nullptr);
  EXPECT_EQ(of->speaker().name(), "Omar Reyes");
  EXPECT_EQ(of->speaker().role(), "");
  EXPECT_EQ(of->speaker().organization().name(), "Harbor Networks");
}

TEST(QuoteSievesTest, TitleBeforeTheNameAfterTheCue) {
  auto e = MustExtract(Q("The detention of the observers must end today,") +
                       " said the head of the Observer Network, Irena Vasko.\n\n" +
                       Q("Parliament has to hear the experts before it votes,") +
                       " said board member of the Privacy Trust and spokesperson for the "
                       "coalition, Tom Alder.\n");
  const auto* q = QuoteContaining(e, "observers must end");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Irena Vasko");
  const auto* board = QuoteContaining(e, "hear the experts");
  ASSERT_NE(board, nullptr);
  EXPECT_EQ(board->speaker().name(), "Tom Alder");
}

TEST(QuoteSievesTest, TitledNameWhoseTitleNamesABody) {
  auto e = MustExtract("\xE2\x80\xA2 " + Q("Democracy needs its own monitor at the UN,") +
                       " said Forum Board Member and Member of Parliament Lina Sato.\n\n" +
                       Q("Nobody should be jailed for reporting,") +
                       " said Deputy Director for Europe Maria Santos.\n");
  const auto* q = QuoteContaining(e, "its own monitor");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Lina Sato");
  const auto* region = QuoteContaining(e, "jailed for reporting");
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(region->speaker().name(), "Maria Santos");
  EXPECT_EQ(region->speaker().role(), "Deputy Director for Europe");
}

TEST(QuoteSievesTest, PronounResolvesToThePersonLastNamedAsSpeaking) {
  auto e = MustExtract(Q("The bill is rushed and the public has not been heard,") +
                       " said Mia Brandt.\n\n"
                       "Telecom Union chief executive, Paul Okafor, also a spokesperson for the "
                       "coalition, said the bill would give agencies unchecked powers.\n\n" +
                       Q("No company can build a back door for one agency only,") +
                       " he said.\n");
  const auto* q = QuoteContaining(e, "back door");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Paul Okafor");
  EXPECT_LT(q->confidence(), 0.8);
}

TEST(QuoteSievesTest, PronounAndCueBeforeTheQuoteWithAColon) {
  auto e = MustExtract(Q("The verdict is a travesty,") +
                       " said Lena Osei, the coalition's legal adviser. She added: " +
                       Q("The authorities must quash it at once.") + "\n");
  const auto* q = QuoteContaining(e, "quash it at once");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Lena Osei");
  EXPECT_EQ(q->cue(), "added");
}

TEST(QuoteSievesTest, PronounSkipsPeopleMerelyMentioned) {
  auto e = MustExtract(Q("The charges are absurd,") + " said Mia Brandt.\n\n"
                       "Police arrested Jonas Weber at his home on Monday.\n\n" +
                       Q("He has done nothing but report the news,") + " she said.\n");
  const auto* q = QuoteContaining(e, "report the news");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Mia Brandt");
}

TEST(QuoteSievesTest, UnattributedParagraphContinuesTheSpeaker) {
  auto e = MustExtract(Q("The raid was meant to frighten every witness,") +
                       " said Asha Mwangi.\n\n" +
                       Q("We will keep documenting what happens in the camps.") +
                       "\n\nThe ministry has not replied.\n\n" +
                       Q("This is not a statement anyone has made.") + "\n");
  const auto* q = QuoteContaining(e, "keep documenting");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Asha Mwangi");
  EXPECT_LT(q->confidence(), 0.8);
  EXPECT_EQ(QuoteContaining(e, "anyone has made"), nullptr);
}

TEST(QuoteSievesTest, SurnameAndGivenNameTakeTheFullestForm) {
  auto e = MustExtract("Karin Lindholm leads the legal team of the Northern Bar Council.\n\n" +
                       Q("Lawyers are being punished for their clients,") +
                       " said Ms Lindholm.\n\n"
                       "Dmitri Alanov was questioned twice. As Dmitri puts it, he " +
                       Q("was never accused of anything but was only a witness") + ".\n");
  const auto* q = QuoteContaining(e, "punished for their clients");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Karin Lindholm");
  EXPECT_LT(q->confidence(), 0.8);
}

TEST(QuoteSievesTest, ColonIntroductionAndAQuoteOpenedInEveryParagraph) {
  auto e = MustExtract("Reacting to the arrests, Ruth Banda, Regional Director at Justice Now, "
                       "said:\n\n" +
                       std::string(kLq) + "We condemn the arrest of the two lawyers.\n\n" + kLq +
                       "Their detention is an attack on the legal profession.\n\n" +
                       Q("They must be released at once.") + "\n");
  for (const char* part : {"We condemn the arrest", "attack on the legal profession",
                           "released at once"}) {
    const auto* q = QuoteContaining(e, part);
    ASSERT_NE(q, nullptr) << part;
    EXPECT_EQ(q->speaker().name(), "Ruth Banda");
  }
}

TEST(QuoteSievesTest, StatementIntroducedByItsSpeaker) {
  auto e = MustExtract("Leo Marten issued a statement through his lawyer backing the campaign:\n\n" +
                       Q("Take your privacy back, and do it today.") + "\n");
  const auto* q = QuoteContaining(e, "privacy back");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Leo Marten");
}

TEST(QuoteSievesTest, LostOpeningMarkAfterASpeakerAndAColon) {
  auto e = MustExtract("Yusuf Haddad, Director of Advocacy, GRD: The state is an enemy of free "
                       "speech and must be condemned for it." +
                       std::string(kRq) + "\n");
  const auto* q = QuoteContaining(e, "enemy of free speech");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text(), "The state is an enemy of free speech and must be condemned for it.");
  EXPECT_EQ(q->speaker().name(), "Yusuf Haddad");
}

TEST(QuoteSievesTest, SingleQuotedSpeechButNotSingleQuotedTerms) {
  auto e = MustExtract("The ministry accused the group of " + std::string(kLs) + "promoting" +
                       kRs + ", " + kLs + "supporting" + kRs + " and " + kLs + "endorsing" + kRs +
                       " unrest.\n\n" + kLs +
                       "The authorities must end their harassment of the institute," + kRs +
                       " said Forum Director Noor Hamdan.\n\n" + kLs +
                       "Civil society is vital to the country," + kRs + " Mr Hamdan");
  EXPECT_EQ(QuoteContaining(e, "supporting"), nullptr);
  const auto* q = QuoteContaining(e, "end their harassment");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text(), "The authorities must end their harassment of the institute,");
  EXPECT_EQ(q->speaker().name(), "Noor Hamdan");
  // The excerpt ends inside the attribution: only the name is left.
  const auto* cut = QuoteContaining(e, "vital to the country");
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->speaker().name(), "Noor Hamdan");
}

TEST(QuoteSievesTest, MarksTakeTheirDirectionFromTheirPlace) {
  auto e = MustExtract("Jon Park, CEO of Lantern Mail, said \"We encrypt every message by "
                       "default.\xE2\x80\x9D\n\n"
                       "Eva Stone, Director of the Open Lab, said, " + std::string(kLq) +
                       "The tools are free for everyone." + kLq + "\n");
  const auto* q = QuoteContaining(e, "encrypt every message");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Jon Park");
  const auto* left = QuoteContaining(e, "free for everyone");
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(left->text(), "The tools are free for everyone.");
  EXPECT_EQ(left->speaker().name(), "Eva Stone");
}

// The page repeats the quotation as a pull-quote right after it; the
// repeat would otherwise read as the speaker's next paragraph.
TEST(QuoteSievesTest, APullQuoteRepeatIsNotListedAgain) {
  auto e = MustExtract(Q("Journalism is not a crime, and the court must say so,") +
                       " said Sara Lind.\n\n" +
                       Q("Journalism is not a crime and the court must say so.") + "\n\n"
                       "The trial resumes next week.\n");
  EXPECT_EQ(e.quotes_size(), 1);
}

TEST(QuoteSievesTest, OrganizationsThatAreNotIssuersAreNoSpeakers) {
  auto e = MustExtract("The Lakeside Rights Forum (LRF) calls on the authorities to release the "
                       "observers detained during the election.\n\n"
                       "After observing the vote, the ODN concluded that the process " +
                       Q("lacked real competition and violated national standards.") + "\n");
  EXPECT_EQ(QuoteContaining(e, "lacked real competition"), nullptr);
}

}  // namespace
}  // namespace amicus::extract

#include "extract/people.h"

namespace amicus::extract {
namespace {

TEST(PersonNamesTest, SentenceStartersMonthsAndTitlesAreNoNames) {
  EXPECT_TRUE(LooksLikePersonName("Nora O'Brien"));
  EXPECT_TRUE(LooksLikePersonName("Ma. Teodora P. Lacson"));
  EXPECT_FALSE(LooksLikePersonName("On Monday"));
  EXPECT_FALSE(LooksLikePersonName("Founded Together"));
  EXPECT_FALSE(LooksLikePersonName("Previous Reports"));
  EXPECT_FALSE(LooksLikePersonName("March Forward"));
  EXPECT_FALSE(LooksLikePersonName("Mr"));
  EXPECT_FALSE(LooksLikePersonName("Judge"));
  EXPECT_FALSE(LooksLikePersonName("Human Rights Watch"));
  EXPECT_TRUE(LooksLikeSurname("Byrne"));
  EXPECT_FALSE(LooksLikeSurname("On"));
  EXPECT_FALSE(LooksLikeSurname("Previous"));
  EXPECT_FALSE(LooksLikeSurname("Mr"));
  EXPECT_FALSE(LooksLikeSurname("August"));
}

TEST(PersonNamesTest, FullestFormOfAMention) {
  std::string text = "Nora O'Brien spoke. On Monday Ivan Petrov said so. Peter Grant and "
                     "Karim Nour were held.";
  PersonDirectory people;
  people.LearnNames(text, Tokenize(text));
  EXPECT_EQ(people.FullestName("O'Brien"), "Nora O'Brien");
  EXPECT_EQ(people.FullestName("Ivan"), "Ivan Petrov");
  EXPECT_EQ(people.FullestName("Nour"), "Karim Nour");
  EXPECT_EQ(people.FullestName("Nobody"), "Nobody");
}

// "of human rights defenders" in lowercase ends an office, it names no
// body: the role keeps it and the speaker has no organisation.
TEST(QuoteSievesTest, ALowercaseOfPhraseStaysInTheRole) {
  auto e = MustExtract(
      "Experts alarmed\n\nGENEVA (8 April 2026) - Experts today voiced alarm.\n\n"
      "\xE2\x80\x9C" "Defending the land is no crime,\xE2\x80\x9D said Ana Ruiz, the Special "
      "Rapporteur on the situation of land defenders.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "Defending the land");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
  EXPECT_EQ(q->speaker().role(), "Special Rapporteur on the situation of land defenders");
  EXPECT_FALSE(q->speaker().has_organization());
}

// "Lakeside Forum’s Regional Director": the possessor is the speaker's
// organisation, the rest the role.
TEST(QuoteSievesTest, APossessiveOrganisationOpeningTheRole) {
  auto e = MustExtract(
      "Activists held\n\nVeloria City, 3 June 2025\n\n"
      "\xE2\x80\x9C" "They did nothing but protest,\xE2\x80\x9D said Lina Haddad, Lakeside "
      "Forum\xE2\x80\x99s Middle East director.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "nothing but protest");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().role(), "Middle East director");
  EXPECT_EQ(q->speaker().organization().name(), "Lakeside Forum");
}

// A speaker set off by commas before the cue, with the quote later in the
// sentence: "X, the union's president, said that “…”", "The president, X,
// said the decision was “…”".
TEST(QuoteSievesTest, ACommaDelimitedSpeakerAheadOfACueInsideTheSentence) {
  auto e = MustExtract(
      "Union banned\n\nVeloria City, 18 September 2025\n\n"
      "The court upheld the ban on the teachers' union in the capital.\n\n"
      "Amara Nkosi, the union's president, said that \xE2\x80\x9C" "the decision is a dark "
      "day for every worker\xE2\x80\x9D.\n\n"
      "Its secretary, Pedro Alves, said the ban was \xE2\x80\x9C" "an attack on every "
      "teacher in the land\xE2\x80\x9D.\n");
  const amicus::v1::Quote* first = QuoteContaining(e, "dark day");
  const amicus::v1::Quote* second = QuoteContaining(e, "an attack on every");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->speaker().name(), "Amara Nkosi");
  EXPECT_EQ(second->speaker().name(), "Pedro Alves");
}

// A short phrase is a quotation when a named person's speech verb brings
// it close by; a so-called term or a title is not.
TEST(QuoteSievesTest, AShortPhraseANamedSpeakersCueBrings) {
  auto e = MustExtract(
      "Reports denied\n\nVeloria City, 18 September 2025\n\n"
      "The court upheld the ban on the teachers' union in the capital.\n\n"
      "Police spokesperson Omar Haddad described the reports as \xE2\x80\x9C" "fabricated "
      "propaganda\xE2\x80\x9D.\n\n"
      "Minister Ana Ruiz said the so-called \xE2\x80\x9C" "reform\xE2\x80\x9D would pass.\n\n"
      "Ana Ruiz said the \xE2\x80\x9C" "Public Order Act\xE2\x80\x9D would stay.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "fabricated propaganda");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Omar Haddad");
  EXPECT_EQ(QuoteContaining(e, "reform"), nullptr);
  EXPECT_EQ(QuoteContaining(e, "Public Order Act"), nullptr);
}

// "Name, the <office phrase>": the appositive may open with "the" when the
// capitalized phrase holds an office; "Name, the capital" is no role.
TEST(PersonNamesTest, AnAppositiveOfficeAfterThe) {
  std::string text =
      "The Council debated the report of Omar Haddad, the United Nations High "
      "Commissioner for Refugees. Delegates met in Lomara, the Capital City.";
  PersonDirectory people;
  people.LearnAppositives(text, OrgDirectory(text));
  ASSERT_NE(people.Find("Omar Haddad"), nullptr);
  EXPECT_EQ(people.Find("Omar Haddad")->role.rfind("United Nations High Commissioner", 0), 0u);
  EXPECT_EQ(people.Find("Lomara"), nullptr);
}

}  // namespace
}  // namespace amicus::extract
