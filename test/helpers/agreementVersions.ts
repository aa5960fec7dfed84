/** Two hand-made annotated versions of one article, for the agreement tests (kappa 37/81, see agreement.test.ts). */
export const VERSION_A =
	'---\ndate: 2024-05-02\n---\n[Ada Lind]{.person ref=ada-lind} met [Bo Kern]{.person} in [Oslo]{.place} on [May 3]{.date value=2024-05-03}.\n';
export const VERSION_B =
	'---\ndate: 2024-05-02\n---\n[Ada Lind]{.person} met [Bo]{.person} Kern in [Oslo]{.org} on May 3.\n';
