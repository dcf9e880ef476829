/* voc-resume-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-page"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-repositories.h"
#include "voc-resume-bullet-row.h"
#include "voc-resume-entry-row.h"
#include "voc-resume-format.h"
#include "voc-resume-page-private.h"
#include "voc-resume-variants.h"

/*
 * The master resume, and its editor: the profile at the top, then the experiences with their
 * engagements and achievement bullets, then education, certifications, skills, projects and
 * languages. Every part is a live list of the store, so an edit made here or anywhere else
 * updates just the rows it touched (no rebuild, no flicker); a resume is a few dozen rows,
 * so list boxes bound to the models are enough.
 *
 * Editing goes through forms (voc-resume-form.c: copy, edit, commit; one transaction per
 * Save). The page's actions (`resume.*`) take the table and id of what they act on as their
 * target, so that rows and menus anywhere below the page reach them.
 *
 * Deleting is undoable: what is deleted leaves the page at once (one filter over every list
 * hides it) and is really deleted, with everything that belongs to it, when the toast that
 * offers Undo goes away, when the page changes database, or when it goes away. The same
 * filter hides retired bullets until "Show Retired" is on.
 */

struct _VocResumePage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *profile_box;
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  GtkLabel            *headline_label;
  GtkLabel            *details_label;
  GtkLabel            *summary_label;
  GtkLabel            *search_label;
  GtkListBox          *experience_list;
  GtkListBox          *education_list;
  GtkListBox          *certification_list;
  GtkListBox          *skills_list;
  GtkListBox          *project_list;
  GtkListBox          *language_list;

  VocDatabase         *database;
  VocResumeRepository *repository;
  VocEntityList       *profiles;
  VocProfile          *profile;
  GSignalGroup        *profile_signals;
  GtkFilter           *filter;
  GListModel          *experiences;
  GListModel          *education;
  GListModel          *certifications;
  GListModel          *skills;
  GListModel          *projects;
  GListModel          *languages;
  gulong               bullets_handler;

  GHashTable          *pending_deletes;    /* "table:id" */
  gboolean             show_retired;
  AdwToast            *undo_toast;         /* weak */
  VocResumeForm       *form;               /* weak */
  VocResumeHistory    *history;            /* weak */
};

G_DEFINE_FINAL_TYPE (VocResumePage, voc_resume_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SHOW_RETIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GWeakRef  page;
  char     *key;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_weak_ref_clear (&pending->page);
  g_free (pending->key);
  g_free (pending);
}

/* The kinds of records, by table. */

static void fill_experience    (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_engagement    (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_bullet        (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_education     (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_certification (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_skill         (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_project       (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
static void fill_language      (VocResumePage *self, VocResumeForm *form, VocEntity *entity);

typedef struct
{
  const char *table;
  GType     (*get_type) (void);
  const char *add_title;
  const char *edit_title;
  const char *deleted;
  void      (*fill) (VocResumePage *self, VocResumeForm *form, VocEntity *entity);
} Kind;

static const Kind kinds[] = {
  { "experience", voc_experience_get_type, N_("Add Experience"), N_("Edit Experience"),
    N_("Experience deleted"), fill_experience },
  { "engagement", voc_engagement_get_type, N_("Add Engagement"), N_("Edit Engagement"),
    N_("Engagement deleted"), fill_engagement },
  { "bullet", voc_bullet_get_type, N_("Add Achievement"), N_("Edit Achievement"),
    N_("Achievement deleted"), fill_bullet },
  { "education", voc_education_get_type, N_("Add Education"), N_("Edit Education"),
    N_("Education deleted"), fill_education },
  { "certification", voc_certification_get_type, N_("Add Certification"),
    N_("Edit Certification"), N_("Certification deleted"), fill_certification },
  { "skill", voc_skill_get_type, N_("Add Skill"), N_("Edit Skill"), N_("Skill deleted"),
    fill_skill },
  { "project", voc_project_get_type, N_("Add Project"), N_("Edit Project"),
    N_("Project deleted"), fill_project },
  { "language", voc_language_get_type, N_("Add Language"), N_("Edit Language"),
    N_("Language deleted"), fill_language },
};

static const Kind *
find_kind (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].table, table) == 0)
      return &kinds[i];

  return NULL;
}

static char *
entity_key (const char *table,
            gint64      id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), !is_blank (text));
}

static void
show_toast (VocResumePage *self,
            AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (VocResumePage *self,
            const char    *format,
            const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  g_autofree char *text = g_strdup_printf (format, escaped);

  g_debug (format, message);
  show_toast (self, adw_toast_new (text));
}

/* The profile */

static void
add_detail (GPtrArray  *details,
            const char *text)
{
  if (!is_blank (text))
    g_ptr_array_add (details, g_strdup (text));
}

static void
update_profile (VocResumePage *self)
{
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) search = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *details_text = NULL;
  g_autofree char *search_text = NULL;
  const char *name = NULL;
  const char *headline = NULL;
  const char *summary = NULL;

  if (self->profile != NULL)
    {
      VocProfile *p = self->profile;
      g_autofree char *roles = voc_resume_format_list (voc_profile_get_target_roles (p));
      g_autofree char *salary = NULL;
      const char *remote = voc_resume_format_remote (voc_profile_get_remote_preference (p));

      name = voc_profile_get_full_name (p);
      headline = voc_profile_get_headline (p);
      summary = voc_profile_get_summary (p);

      add_detail (details, voc_profile_get_location (p));
      add_detail (details, voc_profile_get_email (p));
      add_detail (details, voc_profile_get_phone (p));
      add_detail (details, voc_profile_get_website (p));
      add_detail (details, voc_profile_get_linkedin_url (p));
      add_detail (details, voc_profile_get_github_url (p));

      if (*roles != '\0')
        /* TRANSLATORS: the roles the candidate looks for */
        g_ptr_array_add (search, g_strdup_printf (_("Looking for %s"), roles));
      if (voc_profile_get_salary_min_cents (p) >= 0 || voc_profile_get_salary_max_cents (p) >= 0)
        salary = voc_format_salary (voc_profile_get_salary_min_cents (p),
                                    voc_profile_get_salary_max_cents (p),
                                    voc_profile_get_salary_currency (p),
                                    VOC_SALARY_PERIOD_YEAR);
      add_detail (search, salary);
      add_detail (search, remote);
      if (!is_blank (voc_profile_get_work_authorization (p)))
        /* TRANSLATORS: where and how the candidate may work, like "Work authorization: EU" */
        g_ptr_array_add (search, g_strdup_printf (_("Work authorization: %s"),
                                                  voc_profile_get_work_authorization (p)));
    }

  g_ptr_array_add (details, NULL);
  g_ptr_array_add (search, NULL);
  /* TRANSLATORS: the separator between contact details */
  details_text = g_strjoinv (C_("profile", " · "), (char **) details->pdata);
  search_text = g_strjoinv (C_("profile", " · "), (char **) search->pdata);

  if (is_blank (name))
    {
      set_label (self->name_label, _("Your Name"));
      gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");
    }
  else
    {
      set_label (self->name_label, name);
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
    }
  set_label (self->headline_label, headline);
  set_label (self->details_label, details_text);
  set_label (self->summary_label, summary);
  set_label (self->search_label, search_text);
  adw_avatar_set_text (self->avatar, name);
  gtk_widget_set_visible (GTK_WIDGET (self->avatar), !is_blank (name));
}

static gboolean
profile_is_blank (VocProfile *profile)
{
  return profile == NULL ||
         (is_blank (voc_profile_get_full_name (profile)) &&
          is_blank (voc_profile_get_headline (profile)) &&
          is_blank (voc_profile_get_summary (profile)) &&
          is_blank (voc_profile_get_email (profile)) &&
          is_blank (voc_profile_get_location (profile)));
}

static void
update_state (VocResumePage *self)
{
  GListModel *sections[] = {
    self->experiences, self->education, self->certifications, self->skills, self->projects,
    self->languages,
  };
  gboolean empty = profile_is_blank (self->profile);

  if (self->experiences == NULL || self->profiles == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_list_model_get_n_items (sections[i]) > 0)
      empty = FALSE;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
on_profile_notify_cb (VocResumePage *self,
                      GParamSpec    *pspec,
                      VocProfile    *profile)
{
  update_profile (self);
  update_state (self);
}

static void
on_profiles_items_changed_cb (VocResumePage *self,
                              guint          position,
                              guint          removed,
                              guint          added,
                              GListModel    *profiles)
{
  g_autoptr(VocProfile) profile = g_list_model_get_item (profiles, 0);

  g_set_object (&self->profile, profile);
  g_signal_group_set_target (self->profile_signals, profile);

  update_profile (self);
  update_state (self);
}

static void
on_list_items_changed_cb (VocResumePage *self,
                          guint          position,
                          guint          removed,
                          guint          added,
                          GListModel    *model)
{
  update_state (self);
}

/* What the lists show */

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  VocResumePage *self = user_data;
  g_autofree char *key = entity_key (voc_entity_get_table (item), voc_entity_get_id (item));

  if (g_hash_table_contains (self->pending_deletes, key))
    return FALSE;

  if (VOC_IS_BULLET (item) && !self->show_retired && voc_bullet_get_retired (item))
    return FALSE;

  return TRUE;
}

static void
on_bullets_changed_cb (VocDatabase   *database,
                       const char    *table,
                       GArray        *changes,
                       VocResumePage *self)
{
  /* The lists refreshed their bullets in place (they run first): a bullet retired or
   * restored anywhere is hidden or shown again. */
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Forms */

static const char *
format_employment_type (int value)
{
  return voc_format_employment_type (value);
}

static const char *
format_seniority (int value)
{
  return voc_format_seniority (value);
}

static const char *
format_bullet_type (int value)
{
  return voc_resume_format_bullet_type (value);
}

static const char *
format_skill_level (int value)
{
  return voc_format_skill_level (value);
}

static const char *
format_remote (int value)
{
  return voc_resume_format_remote (value);
}

static void
fill_profile (VocResumePage *self,
              VocResumeForm *form,
              VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "full_name", _("Name"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "headline", _("Headline"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "location", _("Location"), VOC_RESUME_FIELD_TEXT);

  voc_resume_form_add_group (form, _("Contact"), NULL);
  voc_resume_form_add_field (form, "email", _("E-mail"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "phone", _("Phone"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "website", _("Website"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "linkedin_url", _("LinkedIn"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "github_url", _("GitHub"), VOC_RESUME_FIELD_TEXT);

  voc_resume_form_add_field (form, "summary", _("Summary"), VOC_RESUME_FIELD_LONG_TEXT);

  voc_resume_form_add_group (form, _("Job Search"),
                             _("What you look for; used to rank jobs, never printed"));
  voc_resume_form_add_list (form, "target_roles", _("Target Roles"), NULL);
  voc_resume_form_add_enum (form, "remote_preference", _("Remote Preference"), format_remote,
                            C_("choice", "Not Stated"));
  voc_resume_form_add_field (form, "work_authorization", _("Work Authorization"),
                             VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "salary_min_cents", _("Minimum Yearly Salary"),
                             VOC_RESUME_FIELD_AMOUNT);
  voc_resume_form_add_field (form, "salary_max_cents", _("Maximum Yearly Salary"),
                             VOC_RESUME_FIELD_AMOUNT);
  voc_resume_form_add_field (form, "salary_currency", _("Currency"), VOC_RESUME_FIELD_CURRENCY);
}

static void
fill_experience (VocResumePage *self,
                 VocResumeForm *form,
                 VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL,
                             _("Title, employer and dates are facts: tailored resumes never "
                               "change them"));
  voc_resume_form_add_field (form, "title", _("Title"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "employer", _("Employer"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "location", _("Location"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_enum (form, "employment_type", _("Employment Type"),
                            format_employment_type, C_("choice", "Not Stated"));
  voc_resume_form_add_field (form, "url", _("Web Address"), VOC_RESUME_FIELD_TEXT);

  voc_resume_form_add_group (form, _("Dates"),
                             _("Like 2020-03, 03/2020 or Mar 2020; no end for a current "
                               "position"));
  voc_resume_form_add_field (form, "start_date", _("Start"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "end_date", _("End"), VOC_RESUME_FIELD_DATE);

  voc_resume_form_add_field (form, "description", _("Description"),
                             VOC_RESUME_FIELD_LONG_TEXT);
}

static void
fill_engagement (VocResumePage *self,
                 VocResumeForm *form,
                 VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "client", _("Client"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "project", _("Project"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "engagement_type", _("Type"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "date_label", _("When"), VOC_RESUME_FIELD_TEXT);

  voc_resume_form_add_group (form, _("Tags"), NULL);
  voc_resume_form_add_list (form, "domain_tags", _("Domains"), NULL);
  voc_resume_form_add_list (form, "technology_tags", _("Technologies"), NULL);
}

static void
fill_bullet (VocResumePage *self,
             VocResumeForm *form,
             VocEntity     *entity)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = voc_resume_repository_dup_bullet_tags (self->repository, &error);
  VocBullet *bullet = VOC_BULLET (entity);

  if (tags == NULL)
    g_debug ("Cannot list the tags: %s", error->message);

  voc_resume_form_add_field (form, "text", _("Achievement"), VOC_RESUME_FIELD_LONG_TEXT);

  voc_resume_form_add_group (form, _("Details"), NULL);
  voc_resume_form_add_list (form, "tags", _("Tags"), (const char * const *) tags);
  voc_resume_form_add_enum (form, "bullet_type", _("Type"), format_bullet_type, NULL);
  voc_resume_form_add_field (form, "importance", _("Importance"), VOC_RESUME_FIELD_INT);
  voc_resume_form_add_enum (form, "seniority", _("Seniority Level"), format_seniority,
                            C_("choice", "Not Stated"));

  voc_resume_form_add_field (form, "star_notes", _("STAR Notes"), VOC_RESUME_FIELD_LONG_TEXT);

  if (voc_entity_get_id (entity) != 0)
    {
      g_autofree char *usage = voc_resume_format_usage (voc_bullet_get_use_count (bullet),
                                                        voc_bullet_get_last_used_at (bullet),
                                                        NULL);

      voc_resume_form_add_group (form, NULL, NULL);
      voc_resume_form_add_info (form, _("Use in Resumes"), usage);
    }
}

static void
fill_education (VocResumePage *self,
                VocResumeForm *form,
                VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "institution", _("Institution"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "study_type", _("Degree"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "area", _("Field of Study"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "start_date", _("Start"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "end_date", _("End"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "score", _("Grade"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "url", _("Web Address"), VOC_RESUME_FIELD_TEXT);
}

static void
fill_certification (VocResumePage *self,
                    VocResumeForm *form,
                    VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "name", _("Name"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "issuer", _("Issuer"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "issued_on", _("Issued"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "expires_on", _("Expires"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "credential_id", _("Credential ID"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "url", _("Web Address"), VOC_RESUME_FIELD_TEXT);
}

static void
fill_skill (VocResumePage *self,
            VocResumeForm *form,
            VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "name", _("Name"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_enum (form, "level", _("Level"), format_skill_level,
                            C_("choice", "Not Stated"));
  voc_resume_form_add_field (form, "years", _("Years"), VOC_RESUME_FIELD_DOUBLE);
  voc_resume_form_add_field (form, "category", _("Category"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_list (form, "keywords", _("Keywords"), NULL);
}

static void
fill_project (VocResumePage *self,
              VocResumeForm *form,
              VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "name", _("Name"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "entity", _("Organization"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "project_type", _("Type"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "start_date", _("Start"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "end_date", _("End"), VOC_RESUME_FIELD_DATE);
  voc_resume_form_add_field (form, "url", _("Web Address"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_list (form, "keywords", _("Keywords"), NULL);
  voc_resume_form_add_field (form, "description", _("Description"),
                             VOC_RESUME_FIELD_LONG_TEXT);
}

static void
fill_language (VocResumePage *self,
               VocResumeForm *form,
               VocEntity     *entity)
{
  voc_resume_form_add_group (form, NULL, NULL);
  voc_resume_form_add_field (form, "language", _("Language"), VOC_RESUME_FIELD_TEXT);
  voc_resume_form_add_field (form, "fluency", _("Fluency"), VOC_RESUME_FIELD_TEXT);
}

/* One transaction per Save, through the repository (which audits it). */
static gboolean
save_entity (VocEntity  *copy,
             gpointer    user_data,
             GError    **error)
{
  VocResumeRepository *repository = user_data;
  gboolean is_new = voc_entity_get_id (copy) == 0;

  if (VOC_IS_BULLET (copy))
    return is_new
      ? voc_resume_repository_add_bullet (repository, VOC_BULLET (copy), error)
      : voc_resume_repository_update_bullet (repository, VOC_BULLET (copy), NULL,
                                             VOC_VERSION_SOURCE_USER, error);

  return is_new
    ? voc_repository_insert (VOC_REPOSITORY (repository), copy, error)
    : voc_repository_update (VOC_REPOSITORY (repository), copy, error);
}

static void
open_form (VocResumePage  *self,
           const char     *title,
           VocEntity      *entity,
           void          (*fill) (VocResumePage *, VocResumeForm *, VocEntity *))
{
  VocResumeForm *form;

  if (self->form != NULL)
    gtk_window_destroy (GTK_WINDOW (self->form));

  form = voc_resume_form_new (GTK_WIDGET (self), title, entity, save_entity,
                              g_object_ref (self->repository), g_object_unref);
  fill (self, form, voc_resume_form_get_copy (form));
  g_set_weak_pointer (&self->form, form);
  voc_resume_form_start (form);
}

/* Deleting, with undo */

static void
commit_delete (VocResumePage *self,
               const char    *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocEntity) entity = NULL;
  g_auto(GStrv) parts = NULL;
  const Kind *kind;

  if (!g_hash_table_remove (self->pending_deletes, key) || self->repository == NULL)
    return;

  parts = g_strsplit (key, ":", 2);
  kind = find_kind (parts[0]);
  g_return_if_fail (kind != NULL && parts[1] != NULL);

  entity = voc_repository_find (VOC_REPOSITORY (self->repository), kind->get_type (),
                                g_ascii_strtoll (parts[1], NULL, 10), &error);
  /* Someone else deleted it already: nothing left to do. */
  if (entity == NULL)
    return;

  if (!voc_repository_delete (VOC_REPOSITORY (self->repository), entity, &error))
    {
      /* TRANSLATORS: %s is the reason */
      show_error (self, _("Cannot delete: %s"), error->message);
      gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_LESS_STRICT);
    }
}

static void
on_undo_toast_button_clicked_cb (AdwToast      *toast,
                                 PendingDelete *pending)
{
  g_autoptr(VocResumePage) self = g_weak_ref_get (&pending->page);

  if (self != NULL && g_hash_table_remove (self->pending_deletes, pending->key))
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
on_undo_toast_dismissed_cb (AdwToast      *toast,
                            PendingDelete *pending)
{
  g_autoptr(VocResumePage) self = g_weak_ref_get (&pending->page);

  if (self != NULL)
    commit_delete (self, pending->key);
}

static void
delete_later (VocResumePage *self,
              const Kind    *kind,
              gint64         id)
{
  PendingDelete *pending;
  AdwToast *toast;
  char *key = entity_key (kind->table, id);

  if (!g_hash_table_add (self->pending_deletes, key))
    return;

  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_MORE_STRICT);

  toast = adw_toast_new (_(kind->deleted));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  pending = g_new0 (PendingDelete, 1);
  g_weak_ref_init (&pending->page, self);
  pending->key = g_strdup (key);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_toast_button_clicked_cb),
                         pending, NULL, 0);
  /* The data goes with the toast. */
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb),
                         pending, pending_delete_free, G_CONNECT_AFTER);

  g_set_weak_pointer (&self->undo_toast, toast);
  show_toast (self, toast);
}

/* Actions */

static VocEntity *
find_entity (VocResumePage *self,
             const Kind    *kind,
             gint64         id)
{
  g_autoptr(GError) error = NULL;
  VocEntity *entity;

  entity = voc_repository_find (VOC_REPOSITORY (self->repository), kind->get_type (), id,
                                &error);
  if (entity == NULL)
    g_debug ("Cannot find %s %" G_GINT64_FORMAT ": %s", kind->table, id, error->message);

  return entity;
}

/* The variants of the resume, their preview and export, in their own window. */
static void
variants_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);

  if (self->database == NULL)
    return;

  voc_resume_variants_present (GTK_WINDOW (gtk_widget_get_root (widget)), self->database);
}

static void
edit_profile_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocProfile) profile = NULL;

  if (self->repository == NULL)
    return;

  profile = voc_resume_repository_dup_profile (self->repository, &error);
  if (profile == NULL)
    {
      show_error (self, _("Cannot read the profile: %s"), error->message);
      return;
    }

  open_form (self, _("Edit Profile"), VOC_ENTITY (profile), fill_profile);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  const Kind *kind = find_kind (g_variant_get_string (parameter, NULL));
  g_autoptr(VocEntity) entity = NULL;

  if (self->repository == NULL || kind == NULL || kind->get_type () == VOC_TYPE_BULLET ||
      kind->get_type () == VOC_TYPE_ENGAGEMENT)
    return;

  entity = g_object_new (kind->get_type (), NULL);
  open_form (self, _(kind->add_title), entity, kind->fill);
}

static void
add_engagement_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocEngagement) engagement = NULL;

  if (self->repository == NULL)
    return;

  engagement = voc_engagement_new ();
  voc_engagement_set_experience_id (engagement, g_variant_get_int64 (parameter));
  open_form (self, _("Add Engagement"), VOC_ENTITY (engagement), fill_engagement);
}

static void
add_bullet_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocBullet) bullet = NULL;
  gint64 experience_id, engagement_id;

  if (self->repository == NULL)
    return;

  g_variant_get (parameter, "(xx)", &experience_id, &engagement_id);
  bullet = voc_bullet_new ();
  voc_bullet_set_experience_id (bullet, experience_id);
  voc_bullet_set_engagement_id (bullet, engagement_id);
  open_form (self, _("Add Achievement"), VOC_ENTITY (bullet), fill_bullet);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocEntity) entity = NULL;
  const char *table;
  const Kind *kind;
  gint64 id;

  g_variant_get (parameter, "(&sx)", &table, &id);
  kind = find_kind (table);
  if (self->repository == NULL || kind == NULL)
    return;

  entity = find_entity (self, kind, id);
  if (entity != NULL)
    open_form (self, _(kind->edit_title), entity, kind->fill);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  const char *table;
  const Kind *kind;
  gint64 id;

  g_variant_get (parameter, "(&sx)", &table, &id);
  kind = find_kind (table);
  if (self->repository != NULL && kind != NULL)
    delete_later (self, kind, id);
}

static void
retire_bullet_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocEntity) entity = NULL;
  g_autoptr(GError) error = NULL;
  VocBullet *bullet;

  if (self->repository == NULL)
    return;

  entity = find_entity (self, find_kind ("bullet"), g_variant_get_int64 (parameter));
  if (entity == NULL)
    return;

  bullet = VOC_BULLET (entity);
  voc_bullet_set_retired (bullet, !voc_bullet_get_retired (bullet));
  if (!voc_repository_update (VOC_REPOSITORY (self->repository), bullet, &error))
    show_error (self, _("Cannot change the achievement: %s"), error->message);
  else if (voc_bullet_get_retired (bullet) && !self->show_retired)
    show_toast (self, adw_toast_new (_("Achievement retired: “Show Retired” brings it back")));
}

static void
bullet_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocEntity) entity = NULL;

  if (self->repository == NULL)
    return;

  entity = find_entity (self, find_kind ("bullet"), g_variant_get_int64 (parameter));
  if (entity == NULL)
    return;

  if (self->history != NULL)
    gtk_window_destroy (GTK_WINDOW (self->history));
  g_set_weak_pointer (&self->history,
                      voc_resume_history_new (GTK_WIDGET (self), self->repository,
                                              VOC_BULLET (entity)));
}

/* Moves a bullet to the place of another of its list (the other one moves aside). */
static void
move_bullet_to (VocResumePage *self,
                VocBullet     *bullet,
                gint64         target_id)
{
  g_autoptr(VocEntityList) siblings = NULL;
  g_autoptr(GError) error = NULL;
  int index;

  siblings = voc_resume_repository_list_bullets (self->repository,
                                                 voc_bullet_get_experience_id (bullet),
                                                 voc_bullet_get_engagement_id (bullet));
  index = voc_entity_list_find (siblings, target_id);
  if (index < 0)
    return;

  if (!voc_resume_repository_move_bullet (self->repository, bullet, index, &error))
    show_error (self, _("Cannot move the achievement: %s"), error->message);
}

static void
move_bullet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocEntityList) siblings = NULL;
  g_autoptr(VocEntity) entity = NULL;
  VocBullet *bullet;
  gint64 id;
  int delta;
  int index;
  guint n;

  g_variant_get (parameter, "(xi)", &id, &delta);
  if (self->repository == NULL || delta == 0)
    return;

  entity = find_entity (self, find_kind ("bullet"), id);
  if (entity == NULL)
    return;
  bullet = VOC_BULLET (entity);

  siblings = voc_resume_repository_list_bullets (self->repository,
                                                 voc_bullet_get_experience_id (bullet),
                                                 voc_bullet_get_engagement_id (bullet));
  n = g_list_model_get_n_items (G_LIST_MODEL (siblings));
  index = voc_entity_list_find (siblings, id);

  /* Past the next bullet shown: hidden (retired) ones are stepped over. */
  for (int i = index + (delta < 0 ? -1 : 1); index >= 0 && i >= 0 && i < (int) n;
       i += delta < 0 ? -1 : 1)
    {
      g_autoptr(VocEntity) neighbour = g_list_model_get_item (G_LIST_MODEL (siblings), i);

      if (filter_item (neighbour, self))
        {
          move_bullet_to (self, bullet, voc_entity_get_id (neighbour));
          return;
        }
    }

  gtk_widget_error_bell (widget);
}

static void
drop_bullet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VocResumePage *self = VOC_RESUME_PAGE (widget);
  g_autoptr(VocEntity) entity = NULL;
  gint64 id, target_id;

  g_variant_get (parameter, "(xx)", &id, &target_id);
  if (self->repository == NULL)
    return;

  entity = find_entity (self, find_kind ("bullet"), id);
  if (entity != NULL)
    move_bullet_to (self, VOC_BULLET (entity), target_id);
}

/* Models */

static GtkWidget *
create_experience_block (gpointer item,
                         gpointer user_data)
{
  VocResumePage *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row),
                              voc_resume_block_new (self->repository, item, self->filter));
  return row;
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  return voc_resume_entry_row_new (item);
}

static GListModel *
list (VocResumePage *self,
      GType          entity_type,
      const char    *order_by)
{
  VocEntityList *entities = voc_repository_list (VOC_REPOSITORY (self->repository), entity_type,
                                                 order_by);
  GtkFilterListModel *model = gtk_filter_list_model_new (G_LIST_MODEL (entities),
                                                         g_object_ref (self->filter));

  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_list_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return G_LIST_MODEL (model);
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static GtkListBox *
section_list (VocResumePage *self,
              const char    *table)
{
  if (g_strcmp0 (table, "experience") == 0)
    return self->experience_list;
  if (g_strcmp0 (table, "education") == 0)
    return self->education_list;
  if (g_strcmp0 (table, "certification") == 0)
    return self->certification_list;
  if (g_strcmp0 (table, "skill") == 0)
    return self->skills_list;
  if (g_strcmp0 (table, "project") == 0)
    return self->project_list;
  if (g_strcmp0 (table, "language") == 0)
    return self->language_list;

  return NULL;
}

static void
clear_models (VocResumePage *self)
{
  GListModel **models[] = {
    &self->experiences, &self->education, &self->certifications, &self->skills,
    &self->projects, &self->languages,
  };
  GtkListBox *lists[] = {
    self->experience_list, self->education_list, self->certification_list, self->skills_list,
    self->project_list, self->language_list,
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != NULL)
      gtk_list_box_bind_model (lists[i], NULL, NULL, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    {
      if (*models[i] != NULL)
        g_signal_handlers_disconnect_by_data (*models[i], self);
      g_clear_object (models[i]);
    }

  if (self->profiles != NULL)
    g_signal_handlers_disconnect_by_data (self->profiles, self);
  if (self->database != NULL && self->bullets_handler != 0)
    g_clear_signal_handler (&self->bullets_handler, self->database);

  if (self->profile_signals != NULL)
    g_signal_group_set_target (self->profile_signals, NULL);
  g_clear_object (&self->profile);
  g_clear_object (&self->profiles);
  g_clear_object (&self->repository);
}

static void
voc_resume_page_dispose (GObject *object)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  /* The deletes still offering their undo happen now. */
  voc_resume_page_commit_deletes (self);

  if (self->form != NULL)
    gtk_window_destroy (GTK_WINDOW (self->form));
  if (self->history != NULL)
    gtk_window_destroy (GTK_WINDOW (self->history));
  g_clear_weak_pointer (&self->form);
  g_clear_weak_pointer (&self->history);
  g_clear_weak_pointer (&self->undo_toast);

  clear_models (self);
  g_clear_object (&self->profile_signals);

  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (GTK_CUSTOM_FILTER (self->filter), NULL, NULL, NULL);
  g_clear_object (&self->filter);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (voc_resume_page_parent_class)->dispose (object);
}

static void
voc_resume_page_finalize (GObject *object)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  g_clear_pointer (&self->pending_deletes, g_hash_table_unref);

  G_OBJECT_CLASS (voc_resume_page_parent_class)->finalize (object);
}

static void
voc_resume_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SHOW_RETIRED:
      g_value_set_boolean (value, self->show_retired);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_resume_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_SHOW_RETIRED:
      if (self->show_retired != g_value_get_boolean (value))
        {
          self->show_retired = g_value_get_boolean (value);
          gtk_filter_changed (self->filter, self->show_retired ? GTK_FILTER_CHANGE_LESS_STRICT
                                                               : GTK_FILTER_CHANGE_MORE_STRICT);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_page_class_init (VocResumePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_page_dispose;
  object_class->finalize = voc_resume_page_finalize;
  object_class->get_property = voc_resume_page_get_property;
  object_class->set_property = voc_resume_page_set_property;

  /**
   * VocResumePage:database:
   *
   * The database whose resume is shown; %NULL while it is being opened.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocResumePage:show-retired:
   *
   * Whether retired bullets are listed (dimmed) too.
   */
  properties[PROP_SHOW_RETIRED] =
    g_param_spec_boolean ("show-retired", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-resume-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, stack);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, profile_box);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, avatar);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, details_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, search_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, experience_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, education_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, certification_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, skills_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, project_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, language_list);

  gtk_widget_class_install_action (widget_class, "resume.edit-profile", NULL,
                                   edit_profile_action);
  gtk_widget_class_install_action (widget_class, "resume.variants", NULL, variants_action);
  gtk_widget_class_install_action (widget_class, "resume.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "resume.add-engagement", "x",
                                   add_engagement_action);
  gtk_widget_class_install_action (widget_class, "resume.add-bullet", "(xx)",
                                   add_bullet_action);
  gtk_widget_class_install_action (widget_class, "resume.edit", "(sx)", edit_action);
  gtk_widget_class_install_action (widget_class, "resume.delete", "(sx)", delete_action);
  gtk_widget_class_install_action (widget_class, "resume.retire-bullet", "x",
                                   retire_bullet_action);
  gtk_widget_class_install_action (widget_class, "resume.bullet-history", "x",
                                   bullet_history_action);
  gtk_widget_class_install_action (widget_class, "resume.move-bullet", "(xi)",
                                   move_bullet_action);
  gtk_widget_class_install_action (widget_class, "resume.drop-bullet", "(xx)",
                                   drop_bullet_action);
  gtk_widget_class_install_property_action (widget_class, "resume.show-retired",
                                            "show-retired");
}

static void
voc_resume_page_init (VocResumePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending_deletes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_item, self, NULL));

  self->profile_signals = g_signal_group_new (VOC_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify",
                                 G_CALLBACK (on_profile_notify_cb), self,
                                 G_CONNECT_SWAPPED);

  set_placeholder (self->experience_list,
                   _("No experience yet: add your positions with the + button"));
  set_placeholder (self->education_list, _("No education yet"));
  set_placeholder (self->certification_list, _("No certifications yet"));
  set_placeholder (self->skills_list, _("No skills yet"));
  set_placeholder (self->project_list, _("No projects yet"));
  set_placeholder (self->language_list, _("No languages yet"));

  update_profile (self);
}

/**
 * voc_resume_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_resume_page_get_database (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->database;
}

void
voc_resume_page_set_database (VocResumePage *self,
                              VocDatabase   *database)
{
  g_return_if_fail (VOC_IS_RESUME_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (database == self->database)
    return;

  /* The deletes waiting for their undo, and the forms open, belong to the database they were
   * made in. */
  voc_resume_page_commit_deletes (self);
  if (self->form != NULL)
    gtk_window_destroy (GTK_WINDOW (self->form));
  if (self->history != NULL)
    gtk_window_destroy (GTK_WINDOW (self->history));
  clear_models (self);
  g_set_object (&self->database, database);

  if (database != NULL)
    {
      self->repository = voc_resume_repository_new (database);
      self->experiences = list (self, VOC_TYPE_EXPERIENCE,
                                "t.position, t.end_date IS NOT NULL, t.end_date DESC, "
                                "t.start_date DESC, t.id");
      self->education = list (self, VOC_TYPE_EDUCATION, "t.position, t.start_date DESC, t.id");
      self->certifications = list (self, VOC_TYPE_CERTIFICATION, "t.issued_on DESC, t.id");
      self->skills = list (self, VOC_TYPE_SKILL, "t.position, t.name COLLATE NOCASE, t.id");
      self->projects = list (self, VOC_TYPE_PROJECT, "t.position, t.start_date DESC, t.id");
      self->languages = list (self, VOC_TYPE_LANGUAGE, "t.position, t.id");
      self->profiles = voc_repository_list (VOC_REPOSITORY (self->repository), VOC_TYPE_PROFILE,
                                            "t.id");
      g_signal_connect_object (self->profiles, "items-changed",
                               G_CALLBACK (on_profiles_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->bullets_handler = g_signal_connect_after (database, "rows-changed::bullet",
                                                      G_CALLBACK (on_bullets_changed_cb), self);

      gtk_list_box_bind_model (self->experience_list, self->experiences,
                               create_experience_block, self, NULL);
      gtk_list_box_bind_model (self->education_list, self->education,
                               create_entry_row, NULL, NULL);
      gtk_list_box_bind_model (self->certification_list, self->certifications,
                               create_entry_row, NULL, NULL);
      gtk_list_box_bind_model (self->skills_list, self->skills, create_entry_row, NULL, NULL);
      gtk_list_box_bind_model (self->project_list, self->projects,
                               create_entry_row, NULL, NULL);
      gtk_list_box_bind_model (self->language_list, self->languages,
                               create_entry_row, NULL, NULL);

      on_profiles_items_changed_cb (self, 0, 0, 0, G_LIST_MODEL (self->profiles));
    }
  else
    {
      update_profile (self);
      update_state (self);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resume.edit-profile", database != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_resume_page_commit_deletes:
 *
 * Deletes for good what waits for its undo.
 */
void
voc_resume_page_commit_deletes (VocResumePage *self)
{
  g_autofree char **keys = NULL;

  g_return_if_fail (VOC_IS_RESUME_PAGE (self));

  if (self->pending_deletes == NULL)
    return;

  keys = (char **) g_hash_table_get_keys_as_array (self->pending_deletes, NULL);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *key = g_strdup (keys[i]);

      commit_delete (self, key);
    }
}

const char *
voc_resume_page_get_visible_child_name (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * voc_resume_page_get_experiences:
 *
 * Returns: (transfer none) (nullable): the experiences shown
 */
GListModel *
voc_resume_page_get_experiences (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->experiences;
}

/**
 * voc_resume_page_get_skills:
 *
 * Returns: (transfer none) (nullable): the skills shown
 */
GListModel *
voc_resume_page_get_skills (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->skills;
}

/**
 * voc_resume_page_get_section:
 * @table: "experience", "education", "certification", "skill", "project" or "language"
 *
 * Returns: (transfer none) (nullable): the entries of a section shown
 */
GListModel *
voc_resume_page_get_section (VocResumePage *self,
                             const char    *table)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  if (g_strcmp0 (table, "experience") == 0)
    return self->experiences;
  if (g_strcmp0 (table, "education") == 0)
    return self->education;
  if (g_strcmp0 (table, "certification") == 0)
    return self->certifications;
  if (g_strcmp0 (table, "skill") == 0)
    return self->skills;
  if (g_strcmp0 (table, "project") == 0)
    return self->projects;
  if (g_strcmp0 (table, "language") == 0)
    return self->languages;

  return NULL;
}

/**
 * voc_resume_page_get_section_list:
 *
 * Returns: (transfer none) (nullable): the list box of a section
 */
GtkListBox *
voc_resume_page_get_section_list (VocResumePage *self,
                                  const char    *table)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return section_list (self, table);
}

/**
 * voc_resume_page_get_profile_name:
 *
 * Returns: (nullable): the name shown at the top
 */
const char *
voc_resume_page_get_profile_name (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->profile != NULL ? voc_profile_get_full_name (self->profile) : NULL;
}

/**
 * voc_resume_page_find_block:
 *
 * Returns: (transfer none) (nullable): the block that shows an experience
 */
VocResumeBlock *
voc_resume_page_find_block (VocResumePage *self,
                            gint64         experience_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->experience_list, i)) != NULL; i++)
    {
      GtkWidget *block = gtk_list_box_row_get_child (row);

      if (VOC_IS_RESUME_BLOCK (block) &&
          voc_entity_get_id (voc_resume_block_get_entity (VOC_RESUME_BLOCK (block))) ==
          experience_id)
        return VOC_RESUME_BLOCK (block);
    }

  return NULL;
}

/**
 * voc_resume_page_get_form:
 *
 * Returns: (transfer none) (nullable): the form open, if any
 */
VocResumeForm *
voc_resume_page_get_form (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->form;
}

/**
 * voc_resume_page_get_history:
 *
 * Returns: (transfer none) (nullable): the history dialog open, if any
 */
VocResumeHistory *
voc_resume_page_get_history (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->history;
}

/**
 * voc_resume_page_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast offering to undo the last delete
 */
AdwToast *
voc_resume_page_get_undo_toast (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->undo_toast;
}
