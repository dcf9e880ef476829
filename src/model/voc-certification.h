/* voc-certification.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_CERTIFICATION (voc_certification_get_type ())
G_DECLARE_FINAL_TYPE (VocCertification, voc_certification, VOC, CERTIFICATION, VocEntity)

VocCertification *voc_certification_new (void);
const char * voc_certification_get_name          (VocCertification *self);
void         voc_certification_set_name          (VocCertification *self,
                                                  const char *name);
const char * voc_certification_get_issuer        (VocCertification *self);
void         voc_certification_set_issuer        (VocCertification *self,
                                                  const char *issuer);
const char * voc_certification_get_issued_on     (VocCertification *self);
void         voc_certification_set_issued_on     (VocCertification *self,
                                                  const char *issued_on);
const char * voc_certification_get_expires_on    (VocCertification *self);
void         voc_certification_set_expires_on    (VocCertification *self,
                                                  const char *expires_on);
const char * voc_certification_get_credential_id (VocCertification *self);
void         voc_certification_set_credential_id (VocCertification *self,
                                                  const char *credential_id);
const char * voc_certification_get_url           (VocCertification *self);
void         voc_certification_set_url           (VocCertification *self,
                                                  const char *url);

const char *voc_certification_get_extra (VocCertification *self);
void        voc_certification_set_extra (VocCertification *self,
                                         const char *extra);

G_END_DECLS
