/* voc-skill-chip.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-skill-chip"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-skill-chip.h"

/*
 * One skill of the resume as a rounded chip: its name, then its level, dimmed; the years of
 * practice in the tooltip. It holds its skill so that an edit of the row reaches it.
 */

struct _VocSkillChip
{
  AdwBin        parent_instance;

  /* Template widgets */
  GtkLabel     *name_label;
  GtkLabel     *level_label;

  VocSkill     *skill;
  GSignalGroup *skill_signals;
};

G_DEFINE_FINAL_TYPE (VocSkillChip, voc_skill_chip, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SKILL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (VocSkillChip *self)
{
  g_autofree char *years = NULL;
  const char *level = "";

  if (self->skill == NULL)
    {
      gtk_label_set_label (self->name_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->level_label), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      return;
    }

  level = voc_format_skill_level (voc_skill_get_level (self->skill));
  years = voc_format_years (voc_skill_get_years (self->skill));

  gtk_label_set_label (self->name_label, voc_skill_get_name (self->skill));
  gtk_label_set_label (self->level_label, level);
  gtk_widget_set_visible (GTK_WIDGET (self->level_label), *level != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), *years != '\0' ? years : NULL);
}

static void
on_skill_notify_cb (VocSkillChip *self,
                    GParamSpec   *pspec,
                    VocSkill     *skill)
{
  update (self);
}

static void
voc_skill_chip_dispose (GObject *object)
{
  VocSkillChip *self = VOC_SKILL_CHIP (object);

  g_clear_object (&self->skill_signals);
  g_clear_object (&self->skill);

  G_OBJECT_CLASS (voc_skill_chip_parent_class)->dispose (object);
}

static void
voc_skill_chip_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VocSkillChip *self = VOC_SKILL_CHIP (object);

  switch (prop_id)
    {
    case PROP_SKILL:
      g_value_set_object (value, self->skill);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_skill_chip_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VocSkillChip *self = VOC_SKILL_CHIP (object);

  switch (prop_id)
    {
    case PROP_SKILL:
      voc_skill_chip_set_skill (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_skill_chip_class_init (VocSkillChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_skill_chip_dispose;
  object_class->get_property = voc_skill_chip_get_property;
  object_class->set_property = voc_skill_chip_set_property;

  properties[PROP_SKILL] =
    g_param_spec_object ("skill", NULL, NULL,
                         VOC_TYPE_SKILL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-skill-chip.ui");
  gtk_widget_class_bind_template_child (widget_class, VocSkillChip, name_label);
  gtk_widget_class_bind_template_child (widget_class, VocSkillChip, level_label);
}

static void
voc_skill_chip_init (VocSkillChip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->skill_signals = g_signal_group_new (VOC_TYPE_SKILL);
  g_signal_group_connect_object (self->skill_signals, "notify",
                                 G_CALLBACK (on_skill_notify_cb), self,
                                 G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
voc_skill_chip_new (VocSkill *skill)
{
  g_return_val_if_fail (!skill || VOC_IS_SKILL (skill), NULL);

  return g_object_new (VOC_TYPE_SKILL_CHIP,
                       "skill", skill,
                       NULL);
}

/**
 * voc_skill_chip_get_skill:
 *
 * Returns: (transfer none) (nullable): the skill shown
 */
VocSkill *
voc_skill_chip_get_skill (VocSkillChip *self)
{
  g_return_val_if_fail (VOC_IS_SKILL_CHIP (self), NULL);

  return self->skill;
}

void
voc_skill_chip_set_skill (VocSkillChip *self,
                          VocSkill     *skill)
{
  g_return_if_fail (VOC_IS_SKILL_CHIP (self));
  g_return_if_fail (!skill || VOC_IS_SKILL (skill));

  if (!g_set_object (&self->skill, skill))
    return;

  g_signal_group_set_target (self->skill_signals, skill);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKILL]);
}
