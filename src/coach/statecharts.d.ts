declare module 'virtual:debrief-statecharts' {
  const charts: import('./statechartPlugin').LaidCharts;
  export default charts;
}
