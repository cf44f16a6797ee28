// Hand-built extractions in the genre of human-rights statements, for store
// and query tests. Header-only so both test binaries can share it.
#ifndef AMICUS_TESTS_STORE_SAMPLE_RECORDS_H_
#define AMICUS_TESTS_STORE_SAMPLE_RECORDS_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "amicus/v1/records.pb.h"

namespace amicus::testing {

inline amicus::v1::Date MakeDate(int year, int month, int day) {
  amicus::v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

inline amicus::v1::Extraction MakeDocument(const std::string& id,
                                           amicus::v1::DocumentKind kind,
                                           const std::string& text) {
  amicus::v1::Extraction extraction;
  extraction.set_source_uri(absl::StrCat("file:///statements/", id, ".txt"));
  amicus::v1::Document* document = extraction.mutable_document();
  document->set_id(id);
  document->set_kind(kind);
  document->set_title(absl::StrCat("Statement ", id));
  document->set_media_type("text/plain");
  document->set_text(text);
  document->set_content_size(static_cast<int64_t>(text.size()));
  return extraction;
}

inline amicus::v1::Event* AddEvent(amicus::v1::Extraction* extraction,
                                   const amicus::v1::Date& date,
                                   amicus::v1::EventType type,
                                   const std::vector<std::string>& actors,
                                   const std::string& evidence) {
  amicus::v1::Event* event = extraction->add_events();
  event->set_id(absl::StrCat(extraction->document().id(), "/events/",
                             extraction->events_size() - 1));
  event->set_document_id(extraction->document().id());
  *event->mutable_date() = date;
  event->set_date_precision(
      date.year() == 0    ? amicus::v1::DATE_PRECISION_UNSPECIFIED
      : date.month() == 0 ? amicus::v1::DATE_PRECISION_YEAR
      : date.day() == 0   ? amicus::v1::DATE_PRECISION_MONTH
                          : amicus::v1::DATE_PRECISION_DAY);
  for (const std::string& actor : actors) event->add_actors()->set_name(actor);
  event->set_type(type);
  event->set_summary(evidence.substr(0, 60));
  event->mutable_evidence()->set_text(evidence);
  return event;
}

inline amicus::v1::Quote* AddQuote(amicus::v1::Extraction* extraction,
                                   const std::string& speaker,
                                   const std::string& org_name,
                                   const std::string& org_acronym,
                                   const std::string& text) {
  amicus::v1::Quote* quote = extraction->add_quotes();
  quote->set_id(absl::StrCat(extraction->document().id(), "/quotes/",
                             extraction->quotes_size() - 1));
  quote->set_document_id(extraction->document().id());
  quote->set_text(text);
  quote->mutable_speaker()->set_name(speaker);
  quote->mutable_speaker()->mutable_organization()->set_name(org_name);
  quote->mutable_speaker()->mutable_organization()->set_acronym(org_acronym);
  quote->set_cue("said");
  quote->mutable_evidence()->set_text(
      absl::StrCat("\"", text, "\" said ", speaker, "."));
  *quote->mutable_date() = extraction->document().date();
  return quote;
}

struct SignatoryInput {
  std::string name;
  std::string acronym;
  std::string country;
};

inline amicus::v1::SignatorySet* AddSignatorySet(
    amicus::v1::Extraction* extraction, const std::string& addressee,
    const std::vector<SignatoryInput>& signatories) {
  amicus::v1::SignatorySet* set = extraction->add_signatory_sets();
  set->set_id(absl::StrCat(extraction->document().id(), "/signatorySets/",
                           extraction->signatory_sets_size() - 1));
  set->set_document_id(extraction->document().id());
  set->set_addressee(addressee);
  *set->mutable_date() = extraction->document().date();
  for (const SignatoryInput& input : signatories) {
    amicus::v1::Signatory* signatory = set->add_signatories();
    signatory->set_name(input.name);
    signatory->set_acronym(input.acronym);
    signatory->set_country(input.country);
  }
  return set;
}

// A press release with two events (one with a partial date), a quote, and
// no signatories.
inline amicus::v1::Extraction SanctionsPressRelease(const std::string& id) {
  amicus::v1::Extraction extraction = MakeDocument(
      id, amicus::v1::DOCUMENT_KIND_PRESS_RELEASE,
      "Geneva - The Commission condemned the visa restrictions announced on "
      "15 March 2019 by Secretary of State Michael R. Pompeo.");
  *extraction.mutable_document()->mutable_date() = MakeDate(2019, 3, 20);
  AddEvent(&extraction, MakeDate(2019, 3, 15),
           amicus::v1::EVENT_TYPE_VISA_RESTRICTION, {"Michael R. Pompeo"},
           "On 15 March 2019, Secretary of State Michael R. Pompeo announced "
           "visa restrictions on court personnel.");
  AddEvent(&extraction, MakeDate(2019, 3, 0), amicus::v1::EVENT_TYPE_THREAT,
           {"John Bolton"},
           "In March 2019, National Security Advisor John Bolton threatened "
           "the court's judges with sanctions.");
  AddQuote(&extraction, "Sam Zarifi", "International Commission of Jurists",
           "ICJ", "These restrictions are an attack on the rule of law");
  return extraction;
}

// A joint letter with one signatory set.
inline amicus::v1::Extraction JointLetter(
    const std::string& id, const std::vector<SignatoryInput>& signatories) {
  amicus::v1::Extraction extraction =
      MakeDocument(id, amicus::v1::DOCUMENT_KIND_JOINT_LETTER,
                   "We, the undersigned organizations, urge the Council to "
                   "renew the mandate of the Special Rapporteur.");
  *extraction.mutable_document()->mutable_date() = MakeDate(2020, 6, 2);
  AddEvent(&extraction, MakeDate(2020, 6, 2), amicus::v1::EVENT_TYPE_LETTER,
           {"Coalition of NGOs"},
           "On 2 June 2020, the organizations sent a letter to the Council.");
  AddSignatorySet(&extraction, "Members of the Human Rights Council",
                  signatories);
  return extraction;
}

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_STORE_SAMPLE_RECORDS_H_
