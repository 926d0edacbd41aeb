// What the Teams panel shares with the chart's team layer without going through the editor: the team
// open in the panel (the others dim on the chart) and a box being dragged towards the panel.
export const teamFocus = $state<{ id: string | null }>({ id: null });
