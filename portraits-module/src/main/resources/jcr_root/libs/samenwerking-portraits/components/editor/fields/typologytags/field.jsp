<%-- Checkboxes of the portrait's typology tags, grouped by what they say something about. Sling CMS has no
     checkbox group field; the base field script around this one shows the description. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkDialog" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PortraitDialogModel" />
<fmt:message key="${empty properties.legend ? 'Typology' : properties.legend}" var="swkLegend" />
<fieldset class="swk-dialog__checks">
    <legend class="label"><sling:encode value="${swkLegend}" mode="HTML" /></legend>
    <c:set var="swkDimension" value="" />
    <c:forEach var="tag" items="${swkDialog.typologyTags}">
        <c:if test="${tag.detail ne swkDimension}">
            <c:set var="swkDimension" value="${tag.detail}" />
            <fmt:message key="${tag.detail}" var="swkDimensionLabel" />
            <p class="help"><strong><sling:encode value="${swkDimensionLabel}" mode="HTML" /></strong></p>
        </c:if>
        <fmt:message key="${tag.label}" var="swkTagLabel" />
        <label class="checkbox">
            <input type="checkbox" name="${sling:encode(properties.name,'HTML_ATTR')}" value="${sling:encode(tag.value,'HTML_ATTR')}" ${tag.selected ? 'checked="checked"' : ''} ${disabled} />
            <sling:encode value="${swkTagLabel}" mode="HTML" />
        </label><br />
    </c:forEach>
</fieldset>
