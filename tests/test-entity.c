/* test-entity.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-date.h"
#include "voc-model.h"

typedef struct
{
  guint count;
  char *last;
} Notifies;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              Notifies   *n)
{
  n->count++;
  g_free (n->last);
  n->last = g_strdup (pspec->name);
}

static void
test_notify_once (void)
{
  VocCompany *company = voc_company_new ();
  Notifies n = { 0 };

  g_signal_connect (company, "notify", G_CALLBACK (on_notify_cb), &n);

  voc_company_set_name (company, "Acme");
  g_assert_cmpuint (n.count, ==, 1);
  g_assert_cmpstr (n.last, ==, "name");
  g_assert_cmpstr (voc_company_get_name (company), ==, "Acme");

  /* The same value again is not a change. */
  voc_company_set_name (company, "Acme");
  g_assert_cmpuint (n.count, ==, 1);

  g_object_set (company, "domain", "acme.test", NULL);
  g_assert_cmpuint (n.count, ==, 2);
  g_assert_cmpstr (n.last, ==, "domain");

  voc_entity_set_id (VOC_ENTITY (company), 7);
  g_assert_cmpuint (n.count, ==, 3);
  g_assert_cmpstr (n.last, ==, "id");
  voc_entity_set_id (VOC_ENTITY (company), 7);
  g_assert_cmpuint (n.count, ==, 3);

  g_free (n.last);
  g_assert_finalize_object (company);
}

static void
test_notify_types (void)
{
  VocJobApplication *app = voc_job_application_new ();
  g_autoptr(GDateTime) t1 = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  g_autoptr(GDateTime) t1_again = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  Notifies n = { 0 };

  g_signal_connect (app, "notify", G_CALLBACK (on_notify_cb), &n);

  voc_job_application_set_stage (app, VOC_STAGE_APPLIED);
  voc_job_application_set_stage (app, VOC_STAGE_APPLIED);
  g_assert_cmpuint (n.count, ==, 1);

  voc_job_application_set_applied_at (app, t1);
  voc_job_application_set_applied_at (app, t1_again);  /* equal time, other object */
  g_assert_cmpuint (n.count, ==, 2);

  voc_job_application_set_salary_offered_cents (app, 9000000);
  voc_job_application_set_salary_offered_cents (app, 9000000);
  g_assert_cmpuint (n.count, ==, 3);

  g_free (n.last);
  g_assert_finalize_object (app);
}

static void
test_defaults (void)
{
  VocBullet *bullet = voc_bullet_new ();
  VocJobPosting *posting = voc_job_posting_new ();
  VocSavedSearch *search = voc_saved_search_new ();
  VocTask *task = voc_task_new ();

  g_assert_cmpint (voc_bullet_get_importance (bullet), ==, 3);
  g_assert_cmpint (voc_job_posting_get_salary_min_cents (posting), ==, -1);
  g_assert_cmpint (voc_job_posting_get_remote_mode (posting), ==, VOC_REMOTE_MODE_UNKNOWN);
  g_assert_true (voc_saved_search_get_enabled (search));
  g_assert_cmpint (voc_task_get_priority (task), ==, 1);
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (task)), ==, 0);

  g_assert_finalize_object (bullet);
  g_assert_finalize_object (posting);
  g_assert_finalize_object (search);
  g_assert_finalize_object (task);
}

static void
assert_invalid (gpointer    entity,
                const char *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (voc_entity_validate (entity, &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, field))
    g_error ("expected an error about %s, got: %s", field, error->message);
}

static void
test_validate (void)
{
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocFit) fit = voc_fit_new ();
  g_autoptr(VocEvent) event = voc_event_new ();
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(VocJobApplication) app = voc_job_application_new ();
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 5, 1, 10, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2026, 5, 1, 9, 0, 0);
  g_autoptr(GError) error = NULL;

  assert_invalid (posting, "job_posting.title:");
  voc_job_posting_set_title (posting, "   ");
  assert_invalid (posting, "job_posting.title:");
  voc_job_posting_set_title (posting, "Engineer");
  g_assert_true (voc_entity_validate (VOC_ENTITY (posting), &error));
  g_assert_no_error (error);

  voc_job_posting_set_salary_min_cents (posting, -5);
  assert_invalid (posting, "job_posting.salary_min_cents: must not be negative");
  voc_job_posting_set_salary_min_cents (posting, 5000000);
  voc_job_posting_set_salary_max_cents (posting, 4000000);
  assert_invalid (posting, "job_posting.salary_max_cents:");
  voc_job_posting_set_salary_max_cents (posting, -1);  /* unknown */
  voc_job_posting_set_salary_currency (posting, "eu");
  assert_invalid (posting, "job_posting.salary_currency:");
  voc_job_posting_set_salary_currency (posting, "EUR");
  g_assert_true (voc_entity_validate (VOC_ENTITY (posting), NULL));

  voc_fit_set_scorer_version (fit, "1");
  assert_invalid (fit, "fit.posting_id:");
  voc_fit_set_posting_id (fit, 1);
  voc_fit_set_score (fit, 101);
  assert_invalid (fit, "fit.score:");
  voc_fit_set_score (fit, 100);
  g_assert_true (voc_entity_validate (VOC_ENTITY (fit), NULL));

  voc_event_set_title (event, "Interview");
  assert_invalid (event, "event.starts_at:");
  voc_event_set_starts_at (event, start);
  voc_event_set_ends_at (event, end);
  assert_invalid (event, "event.ends_at:");
  voc_event_set_ends_at (event, start);  /* an end equal to the start is not after it */
  assert_invalid (event, "event.ends_at:");

  voc_experience_set_title (experience, "Engineer");
  voc_experience_set_employer (experience, "Acme");
  voc_experience_set_start_date (experience, "2020-13");
  assert_invalid (experience, "experience.start_date:");
  voc_experience_set_start_date (experience, "2021-03");
  voc_experience_set_end_date (experience, "2020");
  assert_invalid (experience, "experience.end_date:");
  voc_experience_set_end_date (experience, NULL);
  g_assert_true (voc_entity_validate (VOC_ENTITY (experience), NULL));

  /* An application needs a stage; "none" is only for a first stage change's origin. */
  voc_job_application_set_posting_id (app, 1);
  assert_invalid (app, "job_application.stage:");
}

static void
test_set_from_string (void)
{
  g_autoptr(VocJobApplication) app = voc_job_application_new ();
  g_autoptr(VocSkill) skill = voc_skill_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_entity_set_from_string (VOC_ENTITY (app), "stage", "interview", &error));
  g_assert_no_error (error);
  g_assert_cmpint (voc_job_application_get_stage (app), ==, VOC_STAGE_INTERVIEW);

  g_assert_false (voc_entity_set_from_string (VOC_ENTITY (app), "stage", "hired", &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "job_application.stage:"));
  g_assert_nonnull (strstr (error->message, "hired"));
  g_assert_cmpint (voc_job_application_get_stage (app), ==, VOC_STAGE_INTERVIEW);
  g_clear_error (&error);

  g_assert_false (voc_entity_set_from_string (VOC_ENTITY (app), "salary_offered_cents", "12k",
                                              &error));
  g_assert_true (g_str_has_prefix (error->message, "job_application.salary_offered_cents:"));
  g_clear_error (&error);

  g_assert_true (voc_entity_set_from_string (VOC_ENTITY (app), "applied_at",
                                             "2026-03-04T05:06:07Z", &error));
  g_assert_cmpint (g_date_time_get_day_of_month (voc_job_application_get_applied_at (app)), ==, 4);
  g_assert_false (voc_entity_set_from_string (VOC_ENTITY (app), "applied_at", "yesterday",
                                              &error));
  g_clear_error (&error);

  g_assert_true (voc_entity_set_from_string (VOC_ENTITY (skill), "years", "2.5", &error));
  g_assert_cmpfloat (voc_skill_get_years (skill), ==, 2.5);
  g_assert_true (voc_entity_set_from_string (VOC_ENTITY (skill), "years", NULL, &error));
  g_assert_cmpfloat (voc_skill_get_years (skill), ==, -1.0);

  g_assert_false (voc_entity_set_from_string (VOC_ENTITY (skill), "colour", "red", &error));
  g_assert_true (g_str_has_prefix (error->message, "skill.colour:"));
}

static void
test_copy_assign_equal (void)
{
  VocCompany *a = voc_company_new ();
  VocCompany *b = NULL;
  Notifies n = { 0 };

  voc_company_set_name (a, "Acme");
  voc_company_set_normalized_name (a, "acme");
  voc_entity_set_id (VOC_ENTITY (a), 3);

  b = VOC_COMPANY (voc_entity_copy (VOC_ENTITY (a)));
  g_assert_true (voc_entity_equal (VOC_ENTITY (a), VOC_ENTITY (b)));
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (b)), ==, 3);

  /* Editing the copy leaves the original alone (copy-edit-commit). */
  voc_company_set_name (b, "Acme Corp");
  g_assert_cmpstr (voc_company_get_name (a), ==, "Acme");
  g_assert_false (voc_entity_equal (VOC_ENTITY (a), VOC_ENTITY (b)));

  /* Committing back notifies only what changed. */
  g_signal_connect (a, "notify", G_CALLBACK (on_notify_cb), &n);
  voc_entity_assign (VOC_ENTITY (a), VOC_ENTITY (b));
  g_assert_cmpuint (n.count, ==, 1);
  g_assert_cmpstr (n.last, ==, "name");
  g_assert_true (voc_entity_equal (VOC_ENTITY (a), VOC_ENTITY (b)));

  g_free (n.last);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
}

static void
test_columns_describe_properties (void)
{
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  VocEntityClass *klass = VOC_ENTITY_GET_CLASS (posting);
  const VocColumn *column;

  g_assert_cmpstr (voc_entity_class_get_table (klass), ==, "job_posting");

  column = voc_entity_class_find_column (klass, "company_id");
  g_assert_nonnull (column);
  g_assert_cmpstr (column->references, ==, "company");
  g_assert_cmpstr (column->pspec->name, ==, "company-id");

  column = voc_entity_class_find_column (klass, "company_name");
  g_assert_true (column->flags & VOC_COLUMN_TRANSIENT);

  column = voc_entity_class_find_column (klass, "id");
  g_assert_nonnull (column);
  g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (posting), "remote-mode"));
}

static void
test_partial_dates (void)
{
  g_assert_true (voc_partial_date_is_valid ("2019"));
  g_assert_true (voc_partial_date_is_valid ("2019-02"));
  g_assert_true (voc_partial_date_is_valid ("2020-02-29"));
  g_assert_false (voc_partial_date_is_valid ("2019-02-29"));
  g_assert_false (voc_partial_date_is_valid ("2019-2"));
  g_assert_false (voc_partial_date_is_valid ("19"));
  g_assert_false (voc_partial_date_is_valid (""));
  g_assert_false (voc_partial_date_is_valid ("2019-00"));
  g_assert_cmpint (voc_partial_date_compare ("2019", "2019-01"), <, 0);
  g_assert_cmpint (voc_partial_date_compare (NULL, "2030"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity/notify-once", test_notify_once);
  g_test_add_func ("/entity/notify-types", test_notify_types);
  g_test_add_func ("/entity/defaults", test_defaults);
  g_test_add_func ("/entity/validate", test_validate);
  g_test_add_func ("/entity/set-from-string", test_set_from_string);
  g_test_add_func ("/entity/copy-assign-equal", test_copy_assign_equal);
  g_test_add_func ("/entity/columns", test_columns_describe_properties);
  g_test_add_func ("/entity/partial-dates", test_partial_dates);

  return g_test_run ();
}
