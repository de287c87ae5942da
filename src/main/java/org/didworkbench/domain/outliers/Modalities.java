package org.didworkbench.domain.outliers;

import java.util.Locale;

/**
 * Names the modality group of an examination. The NICIP/SNOMED table's modality is used when
 * loaded; otherwise the NICIP code's first letter (did-reference.md §5.2, a heuristic NHS England
 * does not use, hence only a fallback). Table names are mapped onto the same short names so that
 * one file never splits a modality into two groups.
 */
final class Modalities {
    static final String UNKNOWN = "Unknown modality";

    private Modalities() {
    }

    /** The group for a NICIP code by its first letter. */
    static String fromNicip(String nicip) {
        if (nicip == null || nicip.isEmpty()) {
            return UNKNOWN;
        }
        return switch (Character.toUpperCase(nicip.charAt(0))) {
            case 'C' -> "CT";
            case 'K' -> "Cone-beam CT";
            case 'M' -> "MRI";
            case 'U' -> "Ultrasound";
            case 'X' -> "Plain radiography";
            case 'F' -> "Fluoroscopy";
            case 'N' -> "Nuclear medicine";
            case 'I' -> "Interventional radiology";
            case 'E' -> "Endoscopic (fluoroscopic guidance)";
            default -> "Other (NICIP " + Character.toUpperCase(nicip.charAt(0)) + ")";
        };
    }

    /** The group for a modality name from the reference table, or null when the name is blank. */
    static String fromTable(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.contains("cone") && n.contains("beam")) {
            return "Cone-beam CT";
        }
        if (n.contains("magnetic resonance") || n.equals("mri") || n.equals("mr")) {
            return "MRI";
        }
        if (n.contains("positron") || n.equals("pet") || n.startsWith("pet ") || n.startsWith("pet-")) {
            return "PET";
        }
        if (n.contains("single photon") || n.equals("spect") || n.startsWith("spect")) {
            return "SPECT";
        }
        if (n.contains("tomograph") || n.equals("ct")) {
            return "CT";
        }
        if (n.contains("ultraso")) {
            return "Ultrasound";
        }
        if (n.contains("fluoro")) {
            return "Fluoroscopy";
        }
        if (n.contains("nuclear")) {
            return "Nuclear medicine";
        }
        if (n.contains("photograph")) {
            return "Medical photography";
        }
        if (n.contains("radiograph") || n.contains("x-ray") || n.equals("xr")) {
            return "Plain radiography";
        }
        if (n.contains("interventional")) {
            return "Interventional radiology";
        }
        return name.trim();
    }
}
