/* voc-ai-letter.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-ai-letter.h"
#include "voc-ai-verify.h"
#include "voc-model-runs.h"
#include "voc-repositories.h"
#include "voc-skills.h"

/*
 * Cover letters, written two ways.
 *
 * With AI: from the posting (redacted and fenced off as untrusted data), the resume version
 * sent (or the base resume) as the only facts about the user, the user's notes, and letters
 * the user approved before as examples of their voice. The answer streams in as it is
 * written; the whole text is then checked: an answer that is not a letter (empty, data or
 * code, or echoing the fences) is refused; placeholders are restored on the machine; stock
 * phrases are taken out; and every number, skill, name or date that is not in the resume,
 * the notes, the library or the posting's names is reported to the user with the reason.
 * Nothing is stored here: the letter is saved when the user saves it.
 *
 * Without AI: a plain, deterministic draft from the posting's title and company and the
 * resume bullets that match the posting best (the fit engine's ranking).
 */

#define STYLE_EXAMPLES 2

static const char instructions[] =
  "You write cover letters for a job seeker, in the first person, as the job seeker. Write "
  "three to five short paragraphs of plain text: a greeting line, why this role, what the "
  "applicant has done that matches the posting, and a closing line. Every claim about the "
  "applicant must come from the RESUME or the NOTES blocks: never invent an employer, title, "
  "date, number, skill, tool or achievement, and do not claim a skill the posting asks for "
  "unless the resume or notes show it. If STYLE EXAMPLES are given, match their voice, not "
  "their content. Keep placeholders such as {{CONTACT_1}} exactly as written. Answer with "
  "the letter only: no subject line, no headings, no Markdown, no JSON.";

/* Words of a letter's greeting and closing that the name check would otherwise report. */
static const char letter_words[] =
  "Dear Hiring Manager, Hiring Team, Recruiting Team. Sincerely, Kind Regards, Best Regards, "
  "Warm Regards, Yours Faithfully, Yours Sincerely, Thank You.";

typedef struct
{
  VocAiRedactor *redactor;
  char          *known;      /* resume and notes */
  GPtrArray     *library;    /* char*, NULL-terminated */
} Generation;

static void
generation_free (Generation *generation)
{
  g_clear_object (&generation->redactor);
  g_free (generation->known);
  g_ptr_array_unref (generation->library);
  g_free (generation);
}

void
voc_ai_letter_free (VocAiLetter *letter)
{
  if (letter == NULL)
    return;
  g_free (letter->text);
  g_clear_pointer (&letter->findings, g_ptr_array_unref);
  g_clear_pointer (&letter->removed, g_ptr_array_unref);
  g_free (letter);
}

/* The capitalised words of the posting that are not skills: its company, team and product
 * names may appear in the letter, but its skills, numbers and dates must not become claims. */
static char *
posting_names (const char *posting)
{
  VocSkillDictionary *skills = voc_skill_dictionary_get_default ();
  g_autoptr(GString) names = g_string_new (NULL);
  const char *p = posting;

  while (p != NULL && *p != '\0')
    {
      const char *start = p;
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '\''))
        p = g_utf8_next_char (p);
      if (g_unichar_isupper (c))
        {
          g_autofree char *word = g_strndup (start, p - start);

          if (voc_skill_dictionary_lookup (skills, word) < 0)
            g_string_append_printf (names, "%s ", word);
        }
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Appends the restored form of every placeholder in @raw: those names came from the input. */
static void
add_placeholder_names (GPtrArray     *library,
                       VocAiRedactor *redactor,
                       const char    *raw)
{
  const char *p = raw;

  while ((p = strstr (p, "{{")) != NULL)
    {
      const char *end = strstr (p, "}}");
      g_autofree char *token = NULL;

      if (end == NULL)
        break;
      token = g_strndup (p, end + 2 - p);
      g_ptr_array_insert (library, library->len - 1, voc_ai_redactor_restore (redactor, token));
      p = end + 2;
    }
}

static const char *refusal_openings[] = {
  "I'm sorry", "I’m sorry", "I am sorry", "Sorry,", "I can't", "I can’t", "I cannot",
  "I won't", "I won’t", "I will not", "As an AI",
};

static gboolean
check_letter (const char  *text,
              GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, VOC_AI_ERROR, VOC_AI_ERROR_REFUSED,
                           _("The model sent no letter (it may have refused); try again or "
                             "choose another model"));
      return FALSE;
    }
  /* Streamed answers carry no refusal field that every server fills: a short answer that
   * opens as a refusal is one. */
  if (strlen (trimmed) < 400)
    for (guint i = 0; i < G_N_ELEMENTS (refusal_openings); i++)
      if (g_ascii_strncasecmp (trimmed, refusal_openings[i], strlen (refusal_openings[i])) == 0)
        {
          g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_REFUSED,
                       _("The model refused to write the letter: %s"), trimmed);
          return FALSE;
        }
  if (trimmed[0] == '{' || trimmed[0] == '[' || g_str_has_prefix (trimmed, "```") ||
      strstr (trimmed, "<<<") != NULL)
    {
      g_set_error_literal (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT,
                           _("The model answered with data instead of a letter; nothing was "
                             "used. Try again or choose another model"));
      return FALSE;
    }
  return TRUE;
}

static void
on_stream_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Generation *generation = g_task_get_task_data (task);
  g_autoptr(VocAiVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *trimmed = NULL;
  VocAiLetter *letter;
  gint64 run_id = 0;

  raw = voc_ai_client_stream_finish (VOC_AI_CLIENT (source), result, &run_id, &error);
  if (raw == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!check_letter (raw, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  trimmed = g_strstrip (g_strdup (raw));
  if (generation->redactor != NULL)
    {
      restored = voc_ai_redactor_restore (generation->redactor, trimmed);
      add_placeholder_names (generation->library, generation->redactor, trimmed);
    }
  else
    restored = g_strdup (trimmed);

  verdict = voc_ai_verify_bullet (generation->known,
                                  (const char * const *) generation->library->pdata, restored);
  letter = g_new0 (VocAiLetter, 1);
  letter->text = g_steal_pointer (&verdict->text);
  letter->findings = g_ptr_array_ref (verdict->reasons);
  letter->removed = g_ptr_array_ref (verdict->removed);
  letter->run_id = run_id;
  g_task_return_pointer (task, letter, (GDestroyNotify) voc_ai_letter_free);
}

static void
append_block (GString    *out,
              const char *label,
              const char *text)
{
  g_autoptr(GString) data = g_string_new (text);

  g_string_replace (data, "<<<", "‹‹‹", 0);
  g_string_replace (data, ">>>", "›››", 0);
  g_string_append_printf (out, "<<<BEGIN %s>>>\n%s\n<<<END %s>>>\n\n", label, data->str, label);
}

/**
 * voc_ai_letter_generate_async:
 * @client: the AI client
 * @redactor: (nullable): replaces other people's details before sending
 * @input: what the letter is written from
 * @chunk_func: (nullable): called with each piece of the letter as it arrives (placeholders
 *   not yet restored)
 * @chunk_data: data for @chunk_func
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the checked letter
 * @user_data: data for @callback
 *
 * Writes a cover letter, streaming it as it comes. Stores nothing but the call's trace.
 */
void
voc_ai_letter_generate_async (VocAiClient            *client,
                              VocAiRedactor          *redactor,
                              const VocAiLetterInput *input,
                              VocAiChunkFunc          chunk_func,
                              gpointer                chunk_data,
                              GCancellable           *cancellable,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GString) context = g_string_new (NULL);
  g_autofree char *system = NULL;
  g_autofree char *user = NULL;
  g_autofree char *posting = NULL;
  g_auto(GStrv) examples = NULL;
  Generation *generation;

  g_return_if_fail (VOC_IS_AI_CLIENT (client));
  g_return_if_fail (redactor == NULL || VOC_IS_AI_REDACTOR (redactor));
  g_return_if_fail (input != NULL && input->posting_text != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ai_letter_generate_async);
  generation = g_new0 (Generation, 1);
  generation->redactor = redactor != NULL ? g_object_ref (redactor) : NULL;
  generation->known = g_strdup_printf ("%s\n%s", input->resume_text != NULL ? input->resume_text : "",
                                       input->notes != NULL ? input->notes : "");
  generation->library = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; input->library != NULL && input->library[i] != NULL; i++)
    g_ptr_array_add (generation->library, g_strdup (input->library[i]));
  g_ptr_array_add (generation->library, g_strdup (letter_words));
  g_ptr_array_add (generation->library, posting_names (input->posting_text));
  if (input->posting_title != NULL)
    g_ptr_array_add (generation->library, g_strdup (input->posting_title));
  if (input->company != NULL)
    g_ptr_array_add (generation->library, g_strdup (input->company));
  g_ptr_array_add (generation->library, NULL);
  g_task_set_task_data (task, generation, (GDestroyNotify) generation_free);

  /* The facts, the notes and the examples are data too: each in its own block. */
#define REDACT(text) (redactor != NULL ? voc_ai_redactor_redact (redactor, text) : g_strdup (text))
  if (input->posting_title != NULL || input->company != NULL)
    {
      g_autofree char *title = REDACT (input->posting_title != NULL ? input->posting_title : "");
      g_autofree char *company = REDACT (input->company != NULL ? input->company : "");

      g_string_append_printf (context, "The role: %s at %s.\n\n", title, company);
    }
  if (input->resume_text != NULL && *input->resume_text != '\0')
    {
      g_autofree char *resume = REDACT (input->resume_text);

      append_block (context, "RESUME", resume);
    }
  if (input->notes != NULL && *input->notes != '\0')
    {
      g_autofree char *notes = REDACT (input->notes);

      append_block (context, "NOTES", notes);
    }
  if (voc_ai_client_get_database (client) != NULL)
    {
      g_autoptr(GError) error = NULL;

      examples = voc_model_runs_style_examples (voc_ai_client_get_database (client),
                                                VOC_AI_PURPOSE_COVER_LETTER, STYLE_EXAMPLES,
                                                &error);
      if (examples == NULL && error != NULL)
        g_warning ("%s", error->message);  /* the letter is still worth writing */
    }
  for (guint i = 0; examples != NULL && examples[i] != NULL; i++)
    {
      g_autofree char *example = REDACT (examples[i]);
      g_autofree char *label = g_strdup_printf ("STYLE EXAMPLE %u", i + 1);

      append_block (context, label, example);
    }
  posting = REDACT (input->posting_text);
#undef REDACT

  voc_ai_prompt_build_untrusted (instructions, "POSTING", posting, context->str, &system, &user);
  voc_ai_client_stream_async (client, &(VocAiRequest) {
      .purpose = VOC_AI_PURPOSE_COVER_LETTER,
      .system = system,
      .user = user,
      .application_id = input->application_id,
      .posting_id = input->posting_id,
      .max_tokens = 1200,
    }, chunk_func, chunk_data, cancellable, on_stream_cb, g_steal_pointer (&task));
}

/**
 * voc_ai_letter_generate_finish:
 * @result: the result
 * @error: return location for a #VOC_AI_ERROR or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the checked letter, or %NULL on error
 */
VocAiLetter *
voc_ai_letter_generate_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Without AI ---------------------------------------------------------------------------------- */

/**
 * voc_letter_template_compose:
 * @name: (nullable): the user's name, for the signature
 * @posting_title: (nullable): the job's title
 * @company: (nullable): the employer
 * @bullets: (nullable) (array zero-terminated=1): the user's best matching achievements
 *
 * Returns: (transfer full): a plain first draft that says only what the user wrote
 */
char *
voc_letter_template_compose (const char         *name,
                             const char         *posting_title,
                             const char         *company,
                             const char * const *bullets)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean has_title = posting_title != NULL && *posting_title != '\0';
  gboolean has_company = company != NULL && *company != '\0';

  g_string_append_printf (out, "%s\n\n", _("Dear Hiring Manager,"));
  if (has_title && has_company)
    /* TRANSLATORS: the first line of a cover letter: the job's title, then the employer */
    g_string_append_printf (out, _("I am writing to apply for the %s position at %s."),
                            posting_title, company);
  else if (has_title)
    g_string_append_printf (out, _("I am writing to apply for the %s position."), posting_title);
  else if (has_company)
    g_string_append_printf (out, _("I am writing to apply for a position at %s."), company);
  else
    g_string_append (out, _("I am writing to apply for this position."));
  g_string_append (out, "\n\n");

  if (bullets != NULL && bullets[0] != NULL)
    {
      g_string_append_printf (out, "%s\n\n",
                              _("Some of my work that matches what you are looking for:"));
      for (guint i = 0; bullets[i] != NULL; i++)
        g_string_append_printf (out, "• %s\n", bullets[i]);
      g_string_append_c (out, '\n');
    }

  if (has_company)
    g_string_append_printf (out, _("I would welcome the chance to talk about how I can help %s."),
                            company);
  else
    g_string_append (out, _("I would welcome the chance to talk about how I can help."));
  g_string_append_printf (out, "\n\n%s", _("Kind regards,"));
  if (name != NULL && *name != '\0')
    g_string_append_printf (out, "\n%s", name);
  g_string_append_c (out, '\n');

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  VocFitLibrary *library;
  VocFitPosting *posting;
  guint          n_bullets;
} Template;

static void
template_free (Template *data)
{
  g_clear_pointer (&data->library, voc_fit_library_unref);
  g_clear_pointer (&data->posting, voc_fit_posting_free);
  g_free (data);
}

static void
template_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Template *data = task_data;
  g_autoptr(GArray) ranked = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!voc_fit_library_is_sealed (data->library))
    voc_fit_library_seal (data->library);
  ranked = voc_fit_rank_bullets (data->library, data->posting);
  for (guint i = 0; i < ranked->len && ids->len < data->n_bullets; i++)
    {
      VocFitRankedBullet *bullet = &g_array_index (ranked, VocFitRankedBullet, i);

      /* A bullet that shares nothing with the posting says nothing about the fit. */
      if (bullet->score > 0)
        g_array_append_val (ids, bullet->id);
    }
  g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

/**
 * voc_letter_template_async:
 * @store: the fit store (its database holds the library and the posting)
 * @posting_id: the posting
 * @n_bullets: how many bullets to pick at most
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the bullets
 * @user_data: data for @callback
 *
 * Picks the library's bullets that match the posting best, ranking them in a worker thread.
 */
void
voc_letter_template_async (VocFitStore         *store,
                           gint64               posting_id,
                           guint                n_bullets,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Template *data;

  g_return_if_fail (VOC_IS_FIT_STORE (store));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_letter_template_async);
  data = g_new0 (Template, 1);
  data->n_bullets = n_bullets;
  g_task_set_task_data (task, data, (GDestroyNotify) template_free);

  /* Reading the rows is quick; ranking them is the work. */
  data->library = voc_fit_store_dup_library (store, &error);
  if (data->library != NULL)
    data->posting = voc_fit_store_load_posting (store, posting_id, &error);
  if (data->library == NULL || data->posting == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_run_in_thread (task, template_thread);
}

/**
 * voc_letter_template_finish:
 *
 * Returns: (transfer full): the texts of the best matching bullets, best first (possibly
 *   none), or %NULL on error
 */
GStrv
voc_letter_template_finish (VocFitStore   *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(VocResumeRepository) repository = NULL;
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  g_return_val_if_fail (VOC_IS_FIT_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  ids = g_task_propagate_pointer (G_TASK (result), error);
  if (ids == NULL)
    return NULL;

  repository = voc_resume_repository_new (voc_fit_store_get_database (store));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VocBullet) bullet = voc_repository_find (VOC_REPOSITORY (repository),
                                                         VOC_TYPE_BULLET,
                                                         g_array_index (ids, gint64, i), NULL);

      if (bullet != NULL && voc_bullet_get_text (bullet) != NULL)
        g_strv_builder_add (texts, voc_bullet_get_text (bullet));
    }
  return g_strv_builder_end (texts);
}
