/* voc-app-fit-cli.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-app"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-app-fit-cli.h"
#include "voc-fit-store.h"

/*
 * The fit on the command line: `--fit ID` prints the score, every factor (its weight and
 * value, or why it is not available), the matched skills with the bullets that prove them and
 * the missing ones; `--export-resume FILE --for-job ID` gets the resume tailored for the
 * posting. ID is the number the job detail shows ("Job 42") or the posting's uuid (as in a
 * JSON export). The work is the store's, in a worker thread; these functions only resolve the
 * ID (through the store), check the library is not empty and put the explanation in words.
 */

#define PAGES 2.0

/* The posting of @id, in a library that has something to match: 0 with @error set if not. */
static gint64
check (VocDatabase  *database,
       const char   *id,
       GError      **error)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (database);
  gboolean empty = TRUE;
  gint64 posting_id = 0;

  if (!voc_fit_store_resolve_posting (store, id, &posting_id, error) ||
      !voc_fit_store_library_is_empty (store, &empty, error))
    return 0;

  if (empty)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("the resume library is empty: add your experiences on the Resume "
                             "page, or import a resume with vocation --import-resume "
                             "resume.json"));
      return 0;
    }
  return posting_id;
}

/* The missing skills, each with the related skill the library has, if any. */
static char *
join_missing (VocFitResult *result,
              GPtrArray    *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *label = voc_fit_result_dup_skill_label (result,
                                                               g_ptr_array_index (names, i));

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, label);
    }
  return g_string_free (text, FALSE);
}

static char *
describe (VocFitExplained *explained)
{
  VocFitResult *result = explained->result;
  GString *text = g_string_new (NULL);

  /* TRANSLATORS: first line of `vocation --fit` */
  g_string_append_printf (text, _("Fit: %d of 100\n"), result->score);
  g_string_append_printf (text, "%s\n\n", result->rationale);

  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    {
      const VocFitFactor *f = &result->factors[k];

      if (f->available)
        /* TRANSLATORS: a factor, its nominal weight and the candidate's value, in percent */
        g_string_append_printf (text, _("  %-20s weight %3d %%  value %3d %%\n"),
                                voc_fit_factor_get_label (k), (int) (f->weight * 100 + 0.5),
                                (int) (f->value * 100 + 0.5));
      else
        g_string_append_printf (text, _("  %-20s weight %3d %%  not available: %s\n"),
                                voc_fit_factor_get_label (k), (int) (f->weight * 100 + 0.5),
                                f->reason != NULL ? f->reason : "");
    }

  if (result->matched->len > 0)
    g_string_append_printf (text, "\n%s\n", _("Matched skills:"));
  for (guint i = 0; i < result->matched->len; i++)
    {
      const VocFitMatch *match = &g_array_index (result->matched, VocFitMatch, i);

      g_string_append_printf (text, "  %s%s\n", match->name,
                              match->required ? _(" (required)") : "");
      for (guint b = 0; b < match->bullets->len; b++)
        {
          const char *bullet = voc_fit_explained_get_bullet (explained,
                                                             g_array_index (match->bullets,
                                                                            gint64, b));

          if (bullet != NULL)
            g_string_append_printf (text, "    – %s\n", bullet);
        }
    }

  if (result->missing_required->len > 0 || result->missing_nice->len > 0)
    g_string_append_c (text, '\n');
  if (result->missing_required->len > 0)
    {
      g_autofree char *names = join_missing (result, result->missing_required);

      g_string_append_printf (text, _("Missing must-have: %s\n"), names);
    }
  if (result->missing_nice->len > 0)
    {
      g_autofree char *names = join_missing (result, result->missing_nice);

      g_string_append_printf (text, _("Missing nice-to-have: %s\n"), names);
    }

  return g_string_free (text, FALSE);
}

static void
on_explained_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(VocFitExplained) explained = NULL;
  GError *error = NULL;

  explained = voc_fit_store_explain_finish (VOC_FIT_STORE (object), result, &error);
  if (explained == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, describe (explained), g_free);
}

/**
 * voc_fit_cli_explain_async:
 * @id: the posting's number or uuid
 *
 * Explains the fit of a posting in words, as `vocation --fit` prints it.
 */
void
voc_fit_cli_explain_async (VocDatabase         *database,
                           const char          *id,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(VocFitStore) store = voc_fit_store_new (database);
  GError *error = NULL;
  gint64 posting_id;

  g_task_set_source_tag (task, voc_fit_cli_explain_async);
  posting_id = check (database, id, &error);
  if (posting_id == 0)
    {
      g_task_return_error (task, error);
      return;
    }
  voc_fit_store_explain_async (store, posting_id, 0, cancellable, on_explained_cb,
                               g_steal_pointer (&task));
}

/**
 * voc_fit_cli_explain_finish:
 *
 * Returns: (transfer full): the text to print
 */
char *
voc_fit_cli_explain_finish (GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_tailored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(VocFitTailored) tailored = NULL;
  GError *error = NULL;

  tailored = voc_fit_store_tailor_finish (VOC_FIT_STORE (object), result, &error);
  if (tailored == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, json_object_ref (tailored->resume),
                           (GDestroyNotify) json_object_unref);
}

/**
 * voc_fit_cli_tailor_async:
 * @id: the posting's number or uuid
 *
 * Tailors the resume for a posting within a page budget of two pages.
 */
void
voc_fit_cli_tailor_async (VocDatabase         *database,
                          const char          *id,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(VocFitStore) store = voc_fit_store_new (database);
  GError *error = NULL;
  gint64 posting_id;

  g_task_set_source_tag (task, voc_fit_cli_tailor_async);
  posting_id = check (database, id, &error);
  if (posting_id == 0)
    {
      g_task_return_error (task, error);
      return;
    }
  voc_fit_store_tailor_async (store, posting_id, PAGES, cancellable, on_tailored_cb,
                              g_steal_pointer (&task));
}

/**
 * voc_fit_cli_tailor_finish:
 *
 * Returns: (transfer full): the tailored resume (JSON Resume)
 */
JsonObject *
voc_fit_cli_tailor_finish (GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
